package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.domain.LabelledItem;
import org.practiceloop.analysis.messaging.EvaluationAnalyzed;
import org.practiceloop.analysis.messaging.EvaluationSubmitted;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.outbox.OutboxWriter;

/**
 * Tells the partner, through the outbox in the analysis's transaction, how a revision of their
 * evaluation was labelled: each item, whether the candidate will see it and, for a shielded one,
 * the review's suggestion ({@link ReviewSuggestions}), so the email says what the form would have said.
 */
@ApplicationScoped
public class EvaluationAnalyzedPublisher {

    private final OutboxWriter outbox;
    private final ReviewSuggestions suggestions;

    EvaluationAnalyzedPublisher(OutboxWriter outbox, ReviewSuggestions suggestions) {
        this.outbox = outbox;
        this.suggestions = suggestions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String organizationId, EvaluationSubmitted evaluation, int revision, List<LabelledItem> labelled) {
        EvaluationSubmitted.Interviewer interviewer = evaluation.interviewer();
        EvaluationAnalyzed analyzed = new EvaluationAnalyzed(evaluation.evaluationId(), revision,
                new EvaluationAnalyzed.Candidate(evaluation.candidate().id()),
                new EvaluationAnalyzed.Interviewer(interviewer.id(), interviewer.name(), interviewer.email()),
                evaluation.sessionDate(), evaluation.interviewType(), evaluation.amendableUntil(),
                labelled.stream().map(this::item).toList(),
                new EvaluationAnalyzed.Summary(labelled.size(), LabelledItem.shown(labelled),
                        LabelledItem.shieldedByReason(labelled)),
                Instant.now());
        // The candidate's key: ordered with their other events, and discarded with them on erasure.
        outbox.append(EvaluationAnalyzed.TOPIC, organizationId + "/" + evaluation.candidate().id(),
                EventEnvelope.of(EvaluationAnalyzed.TYPE, EvaluationAnalyzed.VERSION, organizationId, analyzed));
    }

    private EvaluationAnalyzed.Item item(LabelledItem item) {
        Classification label = item.classification();
        return new EvaluationAnalyzed.Item(item.text(), field(item), label.label(), label.reason(), label.theme(),
                label.confidence(), item.shownToCandidate(), item.shownToCandidate() ? null : suggestions.forItem(item));
    }

    private static String field(LabelledItem item) {
        return item.source() == ItemSource.RATING_NOTE ? "ratings." + item.competency() + ".note"
                : item.source().name().toLowerCase(Locale.ROOT);
    }
}

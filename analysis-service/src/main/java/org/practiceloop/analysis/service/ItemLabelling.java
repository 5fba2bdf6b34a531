package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.service.classifier.TrainedClassifier;

/** Labels a candidate's new items together (faster than one by one) and stores them, whatever their origin. */
@ApplicationScoped
public class ItemLabelling {

    private final CorrectedLabels classifier;

    ItemLabelling(CorrectedLabels classifier) {
        this.classifier = classifier;
    }

    /** An unlabelled item; its origin (evaluation or interview) and owner are set by the caller. */
    public static FeedbackItem item(ItemSource source, int position, String text) {
        FeedbackItem item = new FeedbackItem();
        item.id = UUID.randomUUID();
        item.source = source;
        item.position = position;
        item.text = text;
        return item;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void labelAndStore(String organizationId, List<FeedbackItem> items) {
        List<Classification> classifications = classifier.classifyAll(organizationId,
                items.stream().map(i -> i.text).toList());
        for (int i = 0; i < items.size(); i++) {
            store(items.get(i), classifications.get(i));
        }
    }

    /** Stores an item with the label its text was given. */
    static void store(FeedbackItem item, Classification classification) {
        label(item, classification);
        item.persist();
    }

    /** Gives an item the label its text was given, without storing it. */
    static void label(FeedbackItem item, Classification classification) {
        item.label = classification.label();
        item.reason = classification.reason();
        item.confidence = classification.confidence();
        item.uncertain = classification.uncertain();
        item.theme = classification.theme();
        item.labelSource = classification.source();
        item.modelVersion = TrainedClassifier.modelVersion();
    }
}

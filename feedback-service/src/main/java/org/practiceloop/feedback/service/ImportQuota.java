package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.config.ImportConfig;
import org.practiceloop.feedback.domain.Evaluation;

/**
 * How many rows an organisation may import per rolling 24 hours, counted from the evaluations
 * it imported (in the database, so every replica counts the same). A batch that would pass the
 * quota is refused as a whole, before any row is stored.
 */
@ApplicationScoped
public class ImportQuota {

    private static final Duration WINDOW = Duration.ofHours(24);

    private final int rowsPerDay;

    ImportQuota(ImportConfig config) {
        this.rowsPerDay = config.rowsPerDay();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(String organizationId, int rows) {
        Instant since = Instant.now().minus(WINDOW);
        long imported = Evaluation.count("organizationId = ?1 and importFingerprint is not null and submittedAt > ?2",
                organizationId, since);
        if (imported + rows <= rowsPerDay) {
            return;
        }
        Instant oldest = Evaluation.find("organizationId = ?1 and importFingerprint is not null and submittedAt > ?2 "
                + "order by submittedAt", organizationId, since).<Evaluation>firstResultOptional()
                .map(e -> e.submittedAt).orElse(Instant.now());
        long retryAfter = Math.max(1, Duration.between(Instant.now(), oldest.plus(WINDOW)).toSeconds());
        throw new ProblemException(Problem.of(429, "Too Many Requests", "Your organisation may import "
                + rowsPerDay + " rows per 24 hours; " + Math.max(0, rowsPerDay - imported) + " are left, this import has "
                + rows + ". Retry after " + retryAfter + " s, or send fewer rows.")).retryAfter(retryAfter);
    }
}

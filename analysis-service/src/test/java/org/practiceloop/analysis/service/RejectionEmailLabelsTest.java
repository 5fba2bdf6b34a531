package org.practiceloop.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.Label;

/**
 * How the service's classifier (the one the build trained) labels the rejection emails' items, printed for the
 * README. The emails are not in the training set, and nothing is tuned to them.
 */
@QuarkusTest
class RejectionEmailLabelsTest {

    @Inject
    FeedbackClassifier classifier;

    @Inject
    CompanyFeedbackSplitter splitter;

    @Test
    void reasonsOutsideTheCandidatesControlAreNeverATask() {
        List<String> report = new ArrayList<>();
        List<String> externalLabelledConstructive = new ArrayList<>();
        RejectionEmails.all().forEach((file, email) -> {
            List<String> items = splitter.split(email);
            List<Classification> labels = classifier.classifyAll(items);
            report.add(file);
            for (int i = 0; i < items.size(); i++) {
                Classification c = labels.get(i);
                report.add(String.format(Locale.ROOT, "  %-14s %-26s %.2f%s  %s", c.label().toString().toLowerCase(Locale.ROOT),
                        c.label() == Label.CONSTRUCTIVE ? c.theme() : c.reason(), c.confidence(),
                        c.uncertain() ? " uncertain" : "", items.get(i)));
                if (c.label() == Label.CONSTRUCTIVE && clearlyExternal(items.get(i))) {
                    externalLabelledConstructive.add(items.get(i));
                }
            }
        });
        System.out.println("Rejection emails, item by item:\n" + String.join("\n", report));
        assertThat(externalLabelledConstructive).as("budget, a role on hold or filled internally: left aside").isEmpty();
    }

    /** Words that only name what the company decided about its own hiring. */
    private static boolean clearlyExternal(String item) {
        String text = item.toLowerCase(Locale.ROOT);
        return text.contains("budget") || text.contains("on hold") || text.contains("internally");
    }
}

package org.practiceloop.feedback.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceloop.feedback.client.Review;

/** The form's words for each reason analysis-service answers, by the reasons' wire names (docs/events.md). */
class FormReviewTest {

    @Test
    void eachReasonOfTheContractIsSaidInWordsInTheMarkAndTheSummary() {
        Map<String, String> words = Map.of(
                "external", "outside the candidate's control",
                "vague", "too vague to act on",
                "praise_only", "praise with nothing to practise",
                "hurtful", "hurtful, not shown to the candidate");
        Map<String, Integer> shielded = new LinkedHashMap<>();
        List<Review.Item> items = words.keySet().stream().map(reason -> {
            shielded.put(reason, 1);
            return new Review.Item("comments", null, "a " + reason + " comment", "non_actionable", reason, null, 0.9,
                    false, "suggestion");
        }).toList();

        FormReview review = FormReview.of(new Review(items, new Review.Summary(4, 0, shielded)));

        words.forEach((reason, said) -> assertThat(review.getMarks().get("comments"))
                .filteredOn(mark -> mark.text().equals("a " + reason + " comment"))
                .extracting(FormReview.Mark::verdict).containsExactly("Will be left out: " + said));
        assertThat(review.getSummary()).startsWith("4 comment(s): 0 shown to the candidate, 4 left out (")
                .contains(words.values());
    }
}

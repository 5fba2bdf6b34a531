package org.practiceloop.feedback.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practiceloop.feedback.client.Review;

/**
 * The review step of the partner form: each item analysis found, marked in words beside the field
 * it came from (the mark is text, not only colour), with its suggestion; or the note that the
 * review is unavailable, in which case the partner can still submit.
 */
public final class FormReview {

    /** One item's mark: its text, whether the candidate sees it, the verdict in words, and the suggestion. */
    public record Mark(String text, boolean shown, String verdict, String suggestion) {
    }

    private static final Map<String, String> LEFT_OUT_BECAUSE = Map.of(
            "vague", "too vague to act on",
            "hurtful", "hurtful, not shown to the candidate",
            "external", "outside the candidate's control",
            "praise_only", "praise with nothing to practise");

    private static final String NOTE = "note.";
    private static final FormReview NOT_REQUESTED = new FormReview(Map.of(), null, false);
    private static final FormReview UNAVAILABLE = new FormReview(Map.of(), null, true);

    private final Map<String, List<Mark>> marks;
    private final Map<String, List<Mark>> notes;
    private final Review.Summary summary;
    private final boolean unavailable;

    private FormReview(Map<String, List<Mark>> marks, Review.Summary summary, boolean unavailable) {
        this.marks = marks;
        this.notes = new LinkedHashMap<>();
        marks.forEach((field, fieldMarks) -> {
            if (field.startsWith(NOTE)) {
                notes.put(field.substring(NOTE.length()), fieldMarks);
            }
        });
        this.summary = summary;
        this.unavailable = unavailable;
    }

    static FormReview of(Review review) {
        Map<String, List<Mark>> byField = review.items().stream().collect(Collectors.groupingBy(FormReview::field,
                LinkedHashMap::new, Collectors.mapping(FormReview::mark, Collectors.toList())));
        return new FormReview(byField, review.summary(), false);
    }

    static FormReview unavailable() {
        return UNAVAILABLE;
    }

    /** The form before the partner asked for a review. */
    static FormReview notRequested() {
        return NOT_REQUESTED;
    }

    public boolean isDone() {
        return summary != null;
    }

    /** Asked for, but analysis-service did not answer in time: submitting still works. */
    public boolean isUnavailable() {
        return unavailable;
    }

    /** The marks of the free-text fields: {@code strengths}, {@code improvements}, {@code comments}. */
    public Map<String, List<Mark>> getMarks() {
        return marks;
    }

    /** The marks of the ratings' notes, by competency. */
    public Map<String, List<Mark>> getNotes() {
        return notes;
    }

    /** "5 comments: 1 shown to the candidate, 4 left out (1 too vague to act on, …)". */
    public String getSummary() {
        if (summary == null) {
            return "";
        }
        String leftOut = summary.shielded().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + LEFT_OUT_BECAUSE.getOrDefault(e.getKey(), e.getKey()))
                .collect(Collectors.joining(", "));
        return summary.items() + " comment(s): " + summary.shown() + " shown to the candidate, "
                + (summary.items() - summary.shown()) + " left out" + (leftOut.isEmpty() ? "" : " (" + leftOut + ")");
    }

    private static String field(Review.Item item) {
        return "rating_note".equals(item.source()) ? NOTE + item.competency() : item.source();
    }

    private static Mark mark(Review.Item item) {
        String verdict = item.shownToCandidate() ? "Shown to the candidate"
                : "Will be left out: " + LEFT_OUT_BECAUSE.getOrDefault(item.reason(), "not something to act on");
        return new Mark(item.text(), item.shownToCandidate(), verdict, item.suggestion());
    }
}

package org.practiceloop.analysis.domain;

import java.util.List;

/** The free text of one evaluation, which the analysis splits into feedback items. */
public record EvaluationTexts(String strengths, String improvements, String comments, List<RatingNote> ratingNotes) {

    /** A rating's note, with the competency it was written about. */
    public record RatingNote(String competency, String note) {
    }
}

package org.practiceloop.feedback.client;

import java.util.List;

/** What analysis-service reviews of an evaluation: its free text, each rating's note with its competency. */
public record ReviewedTexts(String strengths, String improvements, String comments, List<RatingNote> ratingNotes) {

    public record RatingNote(String competency, String note) {
    }
}

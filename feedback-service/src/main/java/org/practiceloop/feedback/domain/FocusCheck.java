package org.practiceloop.feedback.domain;

/** A partner's check of one focus area of the candidate's plan: its theme, the progress seen, an optional note. */
public record FocusCheck(String theme, FocusProgress progress, String note) {
}

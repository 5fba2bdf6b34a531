package org.practiceloop.analysis.domain;

/** A competency's 1–4 score in one session; null when it was not assessed. */
public record CompetencyRating(String competency, Integer score) {
}

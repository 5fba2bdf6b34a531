package org.practiceloop.feedback.domain;

/**
 * One competency's score on the 1–4 scale (1 strong no, 2 leaning no, 3 leaning yes,
 * 4 strong yes); {@code score} is null when the competency was not assessed.
 */
public record Rating(String competency, Integer score, boolean notAssessed, String note) {
}

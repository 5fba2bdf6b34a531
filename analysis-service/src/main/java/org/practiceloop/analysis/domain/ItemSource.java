package org.practiceloop.analysis.domain;

/** The free-text field of the evaluation an item came from. */
public enum ItemSource {
    STRENGTHS, IMPROVEMENTS, COMMENTS, RATING_NOTE
}

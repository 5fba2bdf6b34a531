package org.practiceloop.analysis.domain;

/** The free-text field of the evaluation an item came from, or a real interview's feedback. */
public enum ItemSource {
    STRENGTHS, IMPROVEMENTS, COMMENTS, RATING_NOTE, COMPANY_FEEDBACK
}

package org.practiceloop.feedback.domain;

/** The 1–4 scale of a competency rating, as partners see it described. */
public enum RatingScale {
    STRONG_NO(1, "Strong no", "Clear gaps; would not advance on this competency."),
    LEANING_NO(2, "Leaning no", "Some strengths, but the gaps outweigh them."),
    LEANING_YES(3, "Leaning yes", "Solid, with minor gaps."),
    STRONG_YES(4, "Strong yes", "Excellent; a clear strength.");

    private final int score;
    private final String label;
    private final String description;

    RatingScale(int score, String label, String description) {
        this.score = score;
        this.label = label;
        this.description = description;
    }

    public int score() {
        return score;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}

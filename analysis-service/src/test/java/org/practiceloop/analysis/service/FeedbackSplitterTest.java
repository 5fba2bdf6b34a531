package org.practiceloop.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackSplitterTest {

    private final FeedbackSplitter splitter = new FeedbackSplitter();

    @Test
    void bulletsAndLinesAreItems() {
        assertThat(splitter.split("- Clarify the requirements before coding\n* Test the edge cases\n2) Talk more"))
                .containsExactly("Clarify the requirements before coding", "Test the edge cases", "Talk more");
    }

    @Test
    void sentencesAreItems() {
        assertThat(splitter.split("You never asked about constraints. Your code was clean! Why no tests?"))
                .containsExactly("You never asked about constraints.", "Your code was clean!", "Why no tests?");
    }

    @Test
    void aButOrHoweverClauseStaysWithTheSentenceItQualifies() {
        assertThat(splitter.split("The approach was right. However, you never tested it. Good energy."))
                .containsExactly("The approach was right. However, you never tested it.", "Good energy.");
    }

    @Test
    void decimalsAndAbbreviationsInLowerCaseDoNotSplit() {
        assertThat(splitter.split("A 0.1% lift can be significant, e.g. in ads."))
                .containsExactly("A 0.1% lift can be significant, e.g. in ads.");
    }

    @Test
    void emptyAndPunctuationOnlyTextGivesNoItems() {
        assertThat(splitter.split(null)).isEmpty();
        assertThat(splitter.split("  \n - \n ...")).isEmpty();
    }
}

package org.practiceloop.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A company's email loses its courtesies and signature; what it says about the candidate stays, item by item. */
class CompanyFeedbackSplitterTest {

    private final CompanyFeedbackSplitter splitter = new CompanyFeedbackSplitter(new FeedbackSplitter());

    @Test
    void aRejectionEmailKeepsOnlyWhatItSaysAboutTheCandidate() {
        assertThat(splitter.split(RejectionEmails.all().get("01-data-scientist-technical.txt"))).containsExactly(
                "After careful consideration, we have decided not to move forward with your application.",
                "The panel felt that your experiment design answers needed more depth: you did not discuss how to "
                        + "pick the sample size or what to do when the test runs longer than planned.",
                "Your SQL was solid, but the window function question took you a long time.");
        assertThat(splitter.split(RejectionEmails.all().get("02-backend-budget.txt"))).containsExactly(
                "Unfortunately, the team's hiring budget for this quarter was cut and the position has been put on hold.",
                "This decision has nothing to do with your performance in the interviews.");
    }

    @Test
    void noEmailKeepsItsGreetingThanksWishesOrSignature() {
        RejectionEmails.all().forEach((file, email) -> {
            List<String> items = splitter.split(email);
            assertThat(items).as(file).isNotEmpty().allSatisfy(item -> assertThat(item.toLowerCase())
                    .doesNotStartWith("hi ").doesNotStartWith("dear ").doesNotStartWith("hello ")
                    .doesNotContain("thank").doesNotContain("wish you").doesNotContain("luck")
                    .doesNotContain("regards").doesNotContain("sincerely").doesNotContain("recruit"));
        });
    }

    @Test
    void courtesiesAreRecognisedInOtherWordsToo() {
        assertThat(CompanyFeedbackSplitter.isBoilerplate("Good afternoon Ms. Ito,")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("Thanks a lot for your patience with our process.")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("I just wanted to pass on what the panel said.")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("Thank you so much for the time you gave us.")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("We truly appreciate your interest in the team.")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("We will retain your details for six months.")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("We invite you to apply again next year.")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("We hope you find a great team soon.")).isTrue();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("We hope you keep practising dynamic programming."))
                .as("a wish that names something to work on is feedback").isFalse();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("Your tests missed the overflow case.")).isFalse();
        assertThat(CompanyFeedbackSplitter.isBoilerplate("Dear candidate, your estimate of the traffic was off by 10x."))
                .isFalse();
    }

    @Test
    void theSignatureBelowASignOffIsDroppedWithIt() {
        assertThat(splitter.split("Your caching plan ignored invalidation.\n\nWarm regards,\nPat Lee\nStaff Engineer"))
                .containsExactly("Your caching plan ignored invalidation.");
        assertThat(splitter.split("Hi Ada, your joins were correct but slow.\nThanks!\nThe hiring team"))
                .containsExactly("your joins were correct but slow.");
    }
}

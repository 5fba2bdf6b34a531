package org.practiceloop.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.domain.ThemeStatus;

/** The pure rules behind a theme's status, its rank in the plan and which ratings relate to it: no Quarkus, seconds to run. */
class ThemeRulesTest {

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();
    private final UUID fourth = UUID.randomUUID();

    @Test
    void aThemeFromOneSessionIsSingle() {
        assertThat(ThemeAggregator.status(Set.of(first), Set.of(third, fourth), List.of(2, 4), false))
                .isEqualTo(ThemeStatus.SINGLE);
    }

    @Test
    void aThemeAbsentFromTheLastTwoSessionsWhileItsRatingsRoseIsResolved() {
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(2, 3, 4), false))
                .isEqualTo(ThemeStatus.RESOLVED);
    }

    @Test
    void silenceAloneResolvesNothing() {
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(3, 3), false))
                .as("ratings flat").isEqualTo(ThemeStatus.RECURRING);
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(2), false))
                .as("one rating is no trend").isEqualTo(ThemeStatus.RECURRING);
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third), List.of(2, 4), false))
                .as("fewer than two later sessions").isEqualTo(ThemeStatus.RECURRING);
        assertThat(ThemeAggregator.status(Set.of(first, fourth), Set.of(third, fourth), List.of(2, 4), false))
                .as("raised in the latest session").isEqualTo(ThemeStatus.RECURRING);
    }

    @Test
    void silenceResolvesAThemeNoCompetencyRates() {
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(), false))
                .isEqualTo(ThemeStatus.RESOLVED);
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(second, fourth), List.of(), false))
                .as("raised in one of the last two sessions that could raise it").isEqualTo(ThemeStatus.RECURRING);
    }

    @Test
    void praiseOfProgressAfterTheLastRaisingResolvesUnlessTheRatingsFell() {
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(2, 2, 3), true))
                .isEqualTo(ThemeStatus.RESOLVED);
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(second, third), List.of(), true))
                .as("no related ratings: the praise is the evidence").isEqualTo(ThemeStatus.RESOLVED);
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(3, 2), true))
                .as("ratings fell").isEqualTo(ThemeStatus.RECURRING);
        assertThat(ThemeAggregator.status(Set.of(first), Set.of(third, fourth), List.of(2, 4), true))
                .as("raised once").isEqualTo(ThemeStatus.SINGLE);
    }

    @Test
    void praiseOfProgressIsToldApartFromARequest() {
        assertThat(List.of("Much better at clarifying this time: you asked about the input size first.",
                "You clarified the requirements well and restated the problem before coding.",
                "Your code was much more fluent this time.", "Clean, readable queries."))
                .allMatch(ProgressRemarks::isProgress);
        assertThat(List.of("Better at clarifying, but you still skipped the edge cases.",
                "It's better to ask about constraints first.", "Keep the code clean and well named.",
                "You didn't explain your tests well.", "Could you have tested it better?",
                "You started coding before asking what the input could contain."))
                .noneMatch(ProgressRemarks::isProgress);
    }

    @Test
    void aSkillDescribedAsAStrengthIsProgressUnlessSomethingIsLeftToDo() {
        assertThat(List.of("You asked about the input range and duplicates before touching the keyboard.",
                "You tested the empty input without being asked.", "No bug got past you this time."))
                .allMatch(text -> ProgressRemarks.isProgress(item(ItemSource.STRENGTHS, text)));
        assertThat(List.of("Good structure, but you still skipped the edge cases.",
                "Nice tests; next time add the empty input."))
                .noneMatch(text -> ProgressRemarks.isProgress(item(ItemSource.STRENGTHS, text)));
        assertThat(ProgressRemarks.isProgress(item(ItemSource.IMPROVEMENTS,
                "You tested the empty input without being asked."))).as("a negation outside the strengths").isFalse();
    }

    @Test
    void praiseWithoutAThemeIsGivenTheRaisedThemeItSharesTheMostWordsWith() {
        Map<Theme, List<String>> raised = Map.of(
                Theme.COMMUNICATION, List.of("Your answers were hard to follow.", "You coded in silence."),
                Theme.SQL_DATA, List.of("You filtered the aggregate in WHERE instead of HAVING."));
        assertThat(ProgressRemarks.praisedTheme(praise("Excellent communication today, easy to follow."), raised))
                .contains(Theme.COMMUNICATION);
        assertThat(ProgressRemarks.praisedTheme(praise("Great attitude, much better this time."), raised))
                .as("shares no word but praise and the session's").isEmpty();
        FeedbackItem vague = praise("Excellent communication today.");
        vague.reason = Reason.VAGUE;
        assertThat(ProgressRemarks.praisedTheme(vague, raised)).as("only praise_only items").isEmpty();
    }

    private static FeedbackItem item(ItemSource source, String text) {
        FeedbackItem item = ItemLabelling.item(source, 0, text);
        item.label = Label.CONSTRUCTIVE;
        item.theme = Theme.TESTING_DEBUGGING;
        return item;
    }

    private static FeedbackItem praise(String text) {
        FeedbackItem item = ItemLabelling.item(ItemSource.STRENGTHS, 0, text);
        item.label = Label.NON_ACTIONABLE;
        item.reason = Reason.PRAISE_ONLY;
        return item;
    }

    @Test
    void moreSessionsAndPartnersRankHigherAndAgeLowersTheRank() {
        LocalDate latest = LocalDate.of(2026, 3, 16);
        CandidateTheme twoPartners = theme(3, 2, latest);
        CandidateTheme onePartner = theme(3, 1, latest);
        CandidateTheme twoPartnersLongAgo = theme(3, 2, latest.minusMonths(4));
        assertThat(ActionPlanBuilder.rank(theme(4, 1, latest), latest)).isGreaterThan(ActionPlanBuilder.rank(onePartner, latest));
        assertThat(ActionPlanBuilder.rank(twoPartners, latest)).isGreaterThan(ActionPlanBuilder.rank(onePartner, latest));
        assertThat(ActionPlanBuilder.rank(twoPartners, latest))
                .isGreaterThan(ActionPlanBuilder.rank(twoPartnersLongAgo, latest));
    }

    @Test
    void competenciesMapToThemesByNameOrAlias() {
        assertThat(ThemeAggregator.themeOf("communication")).isEqualTo(Theme.COMMUNICATION);
        assertThat(ThemeAggregator.themeOf("coding")).isEqualTo(Theme.CODING_FLUENCY);
        assertThat(ThemeAggregator.themeOf("statistics")).isEqualTo(Theme.STATISTICS_EXPERIMENTATION);
        assertThat(ThemeAggregator.themeOf("problem")).isEqualTo(Theme.PROBLEM_CLARIFICATION);
        assertThat(ThemeAggregator.themeOf("juggling")).isNull();
    }

    private static CandidateTheme theme(int sessions, int partners, LocalDate lastSeen) {
        return new CandidateTheme(Theme.COMMUNICATION, ThemeStatus.RECURRING, sessions, partners, 0,
                lastSeen.minusMonths(1), lastSeen, List.of(), List.of());
    }
}

package org.practiceloop.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
        assertThat(ThemeAggregator.status(Set.of(first), Set.of(third, fourth), List.of(2, 4)))
                .isEqualTo(ThemeStatus.SINGLE);
    }

    @Test
    void aThemeAbsentFromTheLastTwoSessionsWhileItsRatingsRoseIsResolved() {
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(2, 3, 4)))
                .isEqualTo(ThemeStatus.RESOLVED);
    }

    @Test
    void silenceAloneResolvesNothing() {
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(3, 3)))
                .as("ratings flat").isEqualTo(ThemeStatus.RECURRING);
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third, fourth), List.of(2)))
                .as("one rating is no trend").isEqualTo(ThemeStatus.RECURRING);
        assertThat(ThemeAggregator.status(Set.of(first, second), Set.of(third), List.of(2, 4)))
                .as("fewer than two later sessions").isEqualTo(ThemeStatus.RECURRING);
        assertThat(ThemeAggregator.status(Set.of(first, fourth), Set.of(third, fourth), List.of(2, 4)))
                .as("raised in the latest session").isEqualTo(ThemeStatus.RECURRING);
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

package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.LabelledItem;
import org.practiceloop.analysis.domain.Theme;

/**
 * What to tell the partner about one item while they write: why it will or will not reach the
 * candidate, and how to make it something the candidate can practise. Specific to the reason and,
 * where the item has one, to its theme (a constructive item's label, or the competency a rating's
 * note was written about), because "be more specific" alone teaches the partner nothing.
 */
@ApplicationScoped
public class ReviewSuggestions {

    /** Per theme: what a useful remark names, as an example to follow. */
    private static final Map<Theme, String> EXAMPLES = new EnumMap<>(Theme.class);

    static {
        EXAMPLES.put(Theme.COMMUNICATION, "\"went quiet for five minutes while coding; think aloud and check in "
                + "with the interviewer before changing approach\"");
        EXAMPLES.put(Theme.PROBLEM_CLARIFICATION, "\"started coding before asking about input size and "
                + "duplicates; ask two or three clarifying questions first\"");
        EXAMPLES.put(Theme.ALGORITHMS_DATA_STRUCTURES, "\"used nested loops where a hash map gives O(n); "
                + "practise recognising lookup-heavy problems\"");
        EXAMPLES.put(Theme.CODING_FLUENCY, "\"spent ten minutes on string slicing syntax; drill the standard "
                + "library's string and list operations\"");
        EXAMPLES.put(Theme.TESTING_DEBUGGING, "\"never ran an empty input or a single element; walk through "
                + "edge cases before saying done\"");
        EXAMPLES.put(Theme.COMPLEXITY_ANALYSIS, "\"could not give the time complexity of the final solution; "
                + "state time and space for each approach\"");
        EXAMPLES.put(Theme.SYSTEM_DESIGN, "\"put everything in one database without estimating load; start "
                + "from requirements and a rough capacity estimate\"");
        EXAMPLES.put(Theme.SQL_DATA, "\"joined before filtering and double-counted users; check the grain of "
                + "each table before a join\"");
        EXAMPLES.put(Theme.STATISTICS_EXPERIMENTATION, "\"chose no sample size and peeked at results; "
                + "compute the sample size before starting the test\"");
        EXAMPLES.put(Theme.MACHINE_LEARNING, "\"picked accuracy on an imbalanced data set; name a metric that "
                + "fits the class balance\"");
        EXAMPLES.put(Theme.PRODUCT_SENSE, "\"proposed features before naming the user's problem; start from "
                + "who the user is and what success means\"");
        EXAMPLES.put(Theme.BEHAVIORAL_STORIES, "\"the story had no result; close each story with what "
                + "changed, in numbers if possible\"");
        EXAMPLES.put(Theme.TIME_MANAGEMENT, "\"spent 30 of 45 minutes on the first part; set checkpoints "
                + "and move on when one passes\"");
        EXAMPLES.put(Theme.DOMAIN_KNOWLEDGE, "\"did not know how an index speeds up a query; read up on "
                + "B-tree indexes\"");
    }

    public String forItem(LabelledItem item) {
        Classification label = item.classification();
        Theme theme = label.theme() != null ? label.theme()
                : item.competency() == null ? null : ThemeAggregator.themeOf(item.competency());
        if (label.reason() == null) {
            return constructive(theme, label.uncertain());
        }
        return switch (label.reason()) {
            case VAGUE -> "Will be left out: a verdict the candidate cannot act on" + about(theme)
                    + ". Name the moment in the session (what they said or did, and when) and what they could do "
                    + "instead" + example(theme) + ".";
            case HURTFUL -> "Will not be shown to the candidate: it reads as a remark about the person, not about "
                    + "the interview. What did they do in the session that made you write this? Describe that "
                    + "behaviour and its effect, so they can change it.";
            case EXTERNAL -> "Will be left aside: it is outside the candidate's control (budget, headcount, "
                    + "process), so it is not part of their plan. If something in their performance mattered "
                    + "too, write that as its own comment.";
            case PRAISE_ONLY -> "Kept out of the plan: praise with nothing to practise. Say exactly what worked"
                    + about(theme) + ", so they keep doing it, or add one thing they could do even better.";
        };
    }

    private static String constructive(Theme theme, boolean uncertain) {
        String shown = "Shown to the candidate" + (theme == null ? "" : ", under " + theme.title()) + ".";
        if (uncertain) {
            return shown + " It is close to a verdict, though: say what happened in the session and what to "
                    + "practise instead" + example(theme) + ".";
        }
        return shown + " It helps most with a concrete moment and a next step the candidate can measure"
                + example(theme) + ".";
    }

    private static String about(Theme theme) {
        return theme == null ? "" : " (about " + theme.title().toLowerCase(Locale.ROOT) + ")";
    }

    private static String example(Theme theme) {
        return theme == null ? "" : ", for example " + EXAMPLES.get(theme);
    }
}

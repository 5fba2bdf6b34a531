package org.practiceloop.analysis.service;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

/**
 * Whether an item praises what the candidate now does well ("much better at clarifying this time", "you
 * clarified the requirements well") instead of asking for something: the classifier gives such remarks the
 * theme they name, so without this they would count as the theme raised again. Rules about how praise and
 * requests are phrased in English and about the form's fields, not about any theme.
 */
final class ProgressRemarks {

    private static final Pattern PRAISE = Pattern.compile(
            "\\b(better|improved|improvement|progress|well|great|good|excellent|strong|solid|nice|fluent|clean"
                    + "|clear|spot on|nailed|confident|confidently)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A contrast, a relapse or advice: something is left to do whatever field the remark is in. */
    private static final Pattern CONTRAST_OR_ADVICE = Pattern.compile(
            "\\?|\\b(but|however|though|although|still|yet|except|instead|should|could|must|need|needs|needed|try"
                    + "|better to|best to|next time|more of)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A negation or a shortfall: in a strength it is part of the praise ("without being asked"), elsewhere a gap. */
    private static final Pattern SHORTFALL = Pattern.compile(
            "n't\\b|\\b(again|not|no|never|nothing|without|would|missed|forgot|wrong|lacked|lacking|too|less)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An instruction: a sentence that opens with a verb telling the candidate what to do. */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^\\W*(keep|make|aim|practise|practice|review|focus|work|remember|consider|avoid|use|ask|write|start"
                    + "|spend|think|be|do|explain|talk|say|pick|walk|add|check|look|read|learn|study|slow|plan"
                    + "|budget|restate|clarify|narrate|discuss|go|get|take|give|move|state|name|test|run|trace"
                    + "|prepare|drill|time|structure|lead|end|open|summarise|summarize)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that say nothing of what a remark is about (function words, the session itself, praise). */
    private static final Set<String> NOT_ABOUT_ANYTHING = Set.of(("a an and are as at be been being but by did do does"
            + " for from had has have he her his i if in into is it its me my of on or our she so that the their them"
            + " then there these they this those to up us was we were what when which while who why will with you your"
            + " yours today session interview throughout really very much more most quite just also all every each"
            + " well great good excellent strong solid nice better best improved improvement progress clear clean"
            + " fluent confident confidently spot nailed job work").split(" "));

    private ProgressRemarks() {
    }

    /**
     * A constructive item that praises progress on its theme. In the strengths field the form already says it is
     * praise, so a skill described there ("you asked about the input range before coding") is progress unless it
     * names something left to do; its negations belong to the praise ("without being asked", "no bug got past
     * you"). Elsewhere it needs a word of praise and none of the marks of a gap or an instruction.
     */
    static boolean isProgress(FeedbackItem item) {
        if (item.label != Label.CONSTRUCTIVE || item.theme == null) {
            return false;
        }
        return item.source == ItemSource.STRENGTHS ? !CONTRAST_OR_ADVICE.matcher(item.text).find()
                : isProgress(item.text);
    }

    /** Praise of progress in a field that also carries requests (improvements, comments, rating notes). */
    static boolean isProgress(String text) {
        return PRAISE.matcher(text).find() && !CONTRAST_OR_ADVICE.matcher(text).find()
                && !SHORTFALL.matcher(text).find() && !INSTRUCTION.matcher(text).find();
    }

    /**
     * The theme an item the classifier calls {@code praise_only} praises, among the candidate's raised themes: the
     * one whose title and raising remarks share the most words with it, if exactly one does. The classifier keeps a
     * theme only for constructive items, so without this "Excellent communication today" would be mere silence.
     */
    static Optional<Theme> praisedTheme(FeedbackItem item, Map<Theme, ? extends Collection<String>> raisedTexts) {
        if (item.label != Label.NON_ACTIONABLE || item.reason != Reason.PRAISE_ONLY) {
            return Optional.empty();
        }
        Set<String> praised = stems(List.of(item.text));
        Map<Theme, Long> shared = raisedTexts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            Set<String> vocabulary = stems(e.getValue());
            vocabulary.addAll(stems(List.of(e.getKey().title())));
            return praised.stream().filter(vocabulary::contains).count();
        }));
        long best = shared.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Theme> leaders = shared.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        return best > 0 && leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }

    /** The content words of the texts, with common English endings cut ("tested", "tests" → "test"). */
    private static Set<String> stems(Collection<String> texts) {
        Set<String> stems = new HashSet<>();
        for (String text : texts) {
            // "this time" is how praise says "in this session"; it is not about time management.
            Arrays.stream(text.toLowerCase(Locale.ROOT).replace("this time", " ").split("[^a-z]+"))
                    .filter(w -> w.length() > 2 && !NOT_ABOUT_ANYTHING.contains(w))
                    .map(w -> stem(stem(w))).forEach(stems::add);
        }
        return stems;
    }

    /** Cuts one ending; twice over, "clarifying" and "clarified" meet at "clarif". */
    private static String stem(String word) {
        for (String ending : List.of("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s",
                "ly", "y", "e")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}

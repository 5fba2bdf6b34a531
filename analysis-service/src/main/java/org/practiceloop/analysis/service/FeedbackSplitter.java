package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Splits free text into feedback items: one per line or bullet, and within a line one per
 * sentence. A clause introduced by "but" or "however" stays with the sentence it qualifies,
 * because it usually changes that sentence's meaning ("good start, but you never tested it").
 */
@ApplicationScoped
public class FeedbackSplitter {

    private static final Pattern LINE = Pattern.compile("\\R+");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]|\\d+[.)])\\s+");
    /** Sentence end: . ! ? followed by space and an upper-case letter or digit. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"“])");
    private static final Pattern QUALIFIER = Pattern.compile("^(?i)(but|however|although|though|yet)\\b.*");
    private static final int MIN_LETTERS = 3;

    public List<String> split(String text) {
        return split(text, sentence -> false);
    }

    /** As {@link #split(String)}, leaving out the sentences {@code skip} accepts before qualifiers join theirs. */
    public List<String> split(String text, Predicate<String> skip) {
        List<String> items = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return items;
        }
        for (String line : LINE.split(text)) {
            String content = BULLET.matcher(line).replaceFirst("").strip();
            for (String sentence : SENTENCE_END.split(content)) {
                String item = sentence.strip();
                if (item.codePoints().filter(Character::isLetter).count() < MIN_LETTERS || skip.test(item)) {
                    continue;
                }
                if (QUALIFIER.matcher(item).matches() && !items.isEmpty()) {
                    items.set(items.size() - 1, items.get(items.size() - 1) + " " + item);
                } else {
                    items.add(item);
                }
            }
        }
        return items;
    }
}

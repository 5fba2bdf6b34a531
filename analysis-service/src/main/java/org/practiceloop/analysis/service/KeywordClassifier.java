package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

/**
 * The first, deliberately simple classifier: hand-written cue phrases, checked in a fixed
 * order (hurtful, external, vague, then advice versus praise), and themes by cue counts.
 * Its confidence is a heuristic, not a calibrated probability. It is to be replaced by an
 * embedding-based classifier trained on the project's labelled set (see the README).
 */
@ApplicationScoped
public class KeywordClassifier implements FeedbackClassifier {

    private static final Pattern HURTFUL = cues("women", "woman", "girls?", "pregnant", "your kids", "mentioned kids",
            "family commitments", "accent", "too (young|old)", "your kind", "people (like you|with your)",
            "introvert", "religio\\w*", "ugly", "stupid", "idiot", "dumb", "lazy", "your age");
    private static final Pattern EXTERNAL = cues("budget", "headcount", "hiring freeze", "freeze", "frozen", "reorg\\w*",
            "restructur\\w*", "acquisition", "(role|position|req|opening)s? (was|were|has been|is|got|are) \\w+",
            "filled", "on hold", "on ice", "paused", "cancell?ed", "reposted", "internal candidate", "referred",
            "former colleague", "went with", "going with", "sponsor\\w*", "visa", "clearance", "relocat\\w*",
            "overqualified", "band", "re-?scoped", "crashed", "voiding", "calibrated", "bad day", "recruiter",
            "nothing to do with you", "role closed", "no role", "zeroed out", "years .{0,30}versus");
    private static final Pattern VAGUE = cues("not a (good |great )?fit", "fit somewhere", "not quite what",
            "weren't quite", "moved on", "didn't click", "something (was )?missing", "not the right", "gut feeling",
            "decided not to proceed");
    private static final Pattern ADVICE = cues("should", "could have", "need(s|ed)? to", "try", "practi[cs]e\\w*",
            "consider", "next time", "make sure", "focus on", "work on", "review\\w*", "read up", "learn", "brush up",
            "ask\\w*", "avoid", "don't", "never", "didn't", "couldn't", "wasn't", "weren't able", "missed", "forgot",
            "struggled", "jumped", "too \\w+", "instead", "slow down", "watch", "be precise", "explain", "walk",
            "tone down", "bring", "drill\\w*", "spend", "write", "build", "commit", "narrate", "nail", "below bar",
            "went quiet", "went silent", "lost", "wrong", "assum\\w+", "brute", "only tested", "typos?", "errors?",
            "thin", "no discussion", "no idea", "guessed", "improv\\w*", "clarify", "before");
    private static final Pattern PRAISE = cues("great", "excellent", "loved", "impressive", "clean", "readable", "good",
            "nice", "strong", "brilliant", "crushed", "pleasure", "pleasant", "thanks?", "well done", "highlight",
            "clear", "best", "smiling", "no notes", "solid", "well structured");

    private static final Map<Theme, Pattern> THEMES = new EnumMap<>(Theme.class);

    static {
        THEMES.put(Theme.COMMUNICATION, cues("communicat\\w*", "explain\\w*", "explanation", "narrate", "silent",
                "interrupt\\w*", "jargon", "plain english", "out loud", "talk\\w*", "listen\\w*", "think aloud",
                "articulat\\w*", "talked over", "walk me through"));
        THEMES.put(Theme.PROBLEM_CLARIFICATION, cues("clarif\\w*", "assum\\w*", "constraints?", "requirements?",
                "input size", "objective", "ask about", "what the function", "scope", "duplicates are allowed"));
        THEMES.put(Theme.ALGORITHMS_DATA_STRUCTURES, cues("hash ?map", "nested loops?", "brute[- ]?forc\\w*", "dp",
                "dynamic programming", "knapsack", "graph", "heap", "binary search", "data structures?",
                "algorithms?", "two pointers", "sliding window", "bfs", "dfs", "patterns", "single pass"));
        THEMES.put(Theme.CODING_FLUENCY, cues("syntax", "typos?", "brackets?", "boilerplate", "ide", "copy-paste",
                "writing code", "typing", "variable names", "factor it out", "refactor\\w*", "code from scratch",
                "readable code", "clean code"));
        THEMES.put(Theme.TESTING_DEBUGGING, cues("test\\w*", "edge cases?", "happy path", "asserts?", "debug\\w*",
                "sanity checks?", "bugs?", "dry run", "looks right", "intermediate results"));
        THEMES.put(Theme.COMPLEXITY_ANALYSIS, cues("complexity", "big-?o", "o\\([^)]*\\)", "runtime", "asymptotic",
                "log factor"));
        THEMES.put(Theme.SYSTEM_DESIGN, cues("scal\\w*", "traffic", "shard\\w*", "partition\\w*",
                "consistent hashing", "cach\\w*", "load balanc\\w*", "bottleneck", "downstream", "circuit breakers?",
                "retries", "servers?", "availability", "replication", "system design", "design"));
        THEMES.put(Theme.SQL_DATA, cues("sql", "query", "queries", "joins?", "group by", "aggregation",
                "count\\([^)]*\\)", "window functions?", "dense_rank", "rank", "case when", "pandas", "row counts?"));
        THEMES.put(Theme.STATISTICS_EXPERIMENTATION, cues("p-?values?", "significance", "power analysis",
                "a/b", "experiment\\w*", "hypothes\\w*", "confidence intervals?", "simpson\\w*", "sample size",
                "variance", "statistic\\w*", "lift", "conversion"));
        THEMES.put(Theme.MACHINE_LEARNING, cues("models?", "feature engineering", "overfit\\w*", "baseline",
                "training", "deep learning", "distribution shift", "precision", "recall", "tuned",
                "cross-validation", "leakage", "machine learning"));
        THEMES.put(Theme.PRODUCT_SENSE, cues("product", "user segments", "users?", "metrics?", "engagement",
                "features?", "prioriti\\w*", "pain points", "business", "roadmap", "ship"));
        THEMES.put(Theme.BEHAVIORAL_STORIES, cues("stor(y|ies)", "examples?", "star", "outcome", "blame",
                "conflict", "internship", "turned out", "rehearsed", "leadership"));
        THEMES.put(Theme.TIME_MANAGEMENT, cues("time", "minutes", "clock", "ran out", "stuck", "pace", "hint",
                "cut .{0,10}off", "get moving"));
        THEMES.put(Theme.DOMAIN_KNOWLEDGE, cues("domain", "finance", "accounting", "logistics", "telecom",
                "fixed-income", "basis points", "industry", "terms like", "revenue recognition"));
    }

    @Override
    public Classification classify(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (HURTFUL.matcher(t).find()) {
            return Classification.nonActionable(Reason.HURTFUL, 0.8);
        }
        if (EXTERNAL.matcher(t).find()) {
            return Classification.nonActionable(Reason.EXTERNAL, 0.75);
        }
        if (VAGUE.matcher(t).find()) {
            return Classification.nonActionable(Reason.VAGUE, 0.7);
        }
        int advice = count(ADVICE, t);
        Theme theme = bestTheme(t);
        if (advice > 0 || (theme != null && count(PRAISE, t) == 0)) {
            double confidence = Math.min(0.9, 0.55 + 0.1 * advice);
            return Classification.constructive(theme == null ? Theme.COMMUNICATION : theme,
                    theme == null ? 0.4 : confidence);
        }
        if (count(PRAISE, t) > 0) {
            return Classification.nonActionable(Reason.PRAISE, 0.7);
        }
        return Classification.nonActionable(Reason.VAGUE, 0.4);
    }

    private static Theme bestTheme(String text) {
        Theme best = null;
        int bestHits = 0;
        for (Map.Entry<Theme, Pattern> entry : THEMES.entrySet()) {
            int hits = count(entry.getValue(), text);
            if (hits > bestHits) {
                best = entry.getKey();
                bestHits = hits;
            }
        }
        return best;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern cues(String... phrases) {
        return Pattern.compile("\\b(?:" + String.join("|", phrases) + ")(?![\\w])");
    }
}

package org.practiceloop.analysis.service;

import java.util.regex.Pattern;

/**
 * Whether a constructive item on a theme praises what the candidate now does well ("much better at
 * clarifying this time", "you clarified the requirements well") instead of asking for something:
 * the classifier gives such remarks the theme they name, so without this they would count as the
 * theme raised again. Rules about how praise and requests are phrased in English, not about any theme:
 * praise words, and none of the marks of something left to do (a contrast, a negation, advice, an
 * instruction, a question).
 */
final class ProgressRemarks {

    private static final Pattern PRAISE = Pattern.compile(
            "\\b(better|improved|improvement|progress|well|great|good|excellent|strong|solid|nice|fluent|clean"
                    + "|clear|spot on|nailed|confident|confidently)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEFT_TO_DO = Pattern.compile(
            "n't\\b|\\?|\\b(but|however|though|although|still|yet|again|not|no|never|nothing|without|except"
                    + "|should|could|would|must|need|needs|needed|try|better to|best to|next time|instead|missed"
                    + "|forgot|wrong|lacked|lacking|too|more of|less)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An instruction: a sentence that opens with a verb telling the candidate what to do. */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^\\W*(keep|make|aim|practise|practice|review|focus|work|remember|consider|avoid|use|ask|write|start"
                    + "|spend|think|be|do|explain|talk|say|pick|walk|add|check|look|read|learn|study|slow|plan"
                    + "|budget|restate|clarify|narrate|discuss|go|get|take|give|move|state|name|test|run|trace"
                    + "|prepare|drill|time|structure|lead|end|open|summarise|summarize)\\b",
            Pattern.CASE_INSENSITIVE);

    private ProgressRemarks() {
    }

    static boolean isProgress(String text) {
        return PRAISE.matcher(text).find() && !LEFT_TO_DO.matcher(text).find()
                && !INSTRUCTION.matcher(text).find();
    }
}

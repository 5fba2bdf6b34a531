package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits what a company wrote after a real interview into items, leaving out the parts every
 * such email has whatever the candidate did: the greeting, the thanks, the well-wishes, the
 * "we keep your CV on file", the sign-off and the signature beneath it. These are not feedback,
 * so they are neither labelled nor counted among the items left aside.
 */
@ApplicationScoped
public class CompanyFeedbackSplitter {

    /** A line holding only a closing ("Best regards,", "Thanks!", "Sincerely"): what follows is the signature. */
    private static final Pattern SIGN_OFF = Pattern.compile("(?im)^\\s*(?:(?:with\\s+)?(?:best|kind|warm|warmest|many)?"
            + "\\s*(?:regards|wishes|thanks)|best|all the best|sincerely(?: yours)?|yours(?: sincerely| truly)?|cheers"
            + "|thank you|respectfully|take care)\\s*[,.!]?\\s*$");
    /** "Hi Ada," "Dear Mr. Byron," "Hello there!": up to the comma or line's end. */
    private static final Pattern GREETING = Pattern.compile("(?i)^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon"
            + "|evening))\\b[^,!:\\n]{0,40}(?:[,!:]\\s*|$)");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(?:"
            + "(?:(?:and|so|once again|again),?\\s+)?(?:many |a big )?(?:thank you|thanks)(?: (?:again|so much|very much|a lot|a ton))?"
            + " (?:for|to)\\b"
            + "|(?:we|i) (?:really |truly |sincerely |greatly )?(?:appreciate|appreciated|enjoyed|valued) (?:your|the|you|meeting|speaking|getting)"
            + "|(?:it was|it's been|it has been) (?:a pleasure|great|lovely|nice)"
            + "|(?:we|i) (?:wish|hope) you\\b(?!.*\\b(?:practi[cs]|improv|work on|focus|prepar))"
            + "|(?:best of luck|good luck|all the best)\\b"
            + "|i hope (?:this|you're|you are)\\b"
            + "|(?:i|we)(?: just)? (?:wanted|want|would like|'d like|am writing|are writing|'m writing|'re writing) to"
            + " (?:share|pass on|follow up|reach out|update you|give you an update)\\b"
            + "|(?:we|i)(?: will|'ll| would like to| may)? (?:keep|retain|hold) (?:your|you)\\b"
            + "|(?:we|i) (?:encourage|invite|welcome) you to (?:apply|stay|keep|reach)"
            + "|(?:please )?(?:feel free to|don't hesitate to|do not hesitate to) (?:apply|reach|contact|get in touch)"
            + "|(?:please )?(?:do not|don't) reply\\b"
            + "|this (?:e-?mail|mailbox|inbox|address) is not monitored"
            + ")");

    private final FeedbackSplitter splitter;

    CompanyFeedbackSplitter(FeedbackSplitter splitter) {
        this.splitter = splitter;
    }

    public List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        var signOff = SIGN_OFF.matcher(text);
        String body = signOff.find() ? text.substring(0, signOff.start()) : text;
        return splitter.split(body, CompanyFeedbackSplitter::isBoilerplate).stream()
                .map(item -> GREETING.matcher(item).replaceFirst(""))
                .filter(item -> item.codePoints().anyMatch(Character::isLetter))
                .toList();
    }

    /** A sentence that is only a greeting, or that (after any greeting) opens with a formula of courtesy. */
    static boolean isBoilerplate(String sentence) {
        String rest = GREETING.matcher(sentence.strip()).replaceFirst("").strip();
        if (rest.isEmpty()) {
            return true;
        }
        return BOILERPLATE.matcher(rest.toLowerCase(Locale.ROOT).replace('’', '\'')).lookingAt();
    }
}

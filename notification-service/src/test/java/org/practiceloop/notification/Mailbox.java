package org.practiceloop.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The emails the real SMTP server received for one address, in arrival order. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The body of the first part with this content type, anywhere in the MIME tree. */
    public static String part(MimeMessage message, String contentType) throws Exception {
        String found = find(message.getContent(), contentType);
        if (found == null) {
            throw new AssertionError("no " + contentType + " part");
        }
        return found;
    }

    private static String find(Object content, String contentType) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart bodyPart = multipart.getBodyPart(i);
                if (bodyPart.isMimeType(contentType)) {
                    return bodyPart.getContent().toString();
                }
                String nested = find(bodyPart.getContent(), contentType);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}

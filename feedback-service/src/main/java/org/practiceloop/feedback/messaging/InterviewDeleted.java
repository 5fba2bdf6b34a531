package org.practiceloop.feedback.messaging;

import java.time.Instant;
import java.util.UUID;

/** The {@code data} of an InterviewDeleted event (docs/events.md): what was derived from the interview goes too. */
public record InterviewDeleted(UUID interviewId, String candidateId, Instant deletedAt) {

    public static final String TYPE = "InterviewDeleted";
    public static final int VERSION = 1;
}

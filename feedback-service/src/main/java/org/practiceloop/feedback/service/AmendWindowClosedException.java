package org.practiceloop.feedback.service;

import java.time.Instant;

/** An amendment that came after the evaluation's deadline; nothing was stored. */
public class AmendWindowClosedException extends RuntimeException {

    private final Instant amendableUntil;

    public AmendWindowClosedException(Instant amendableUntil) {
        super("The evaluation could be amended until " + amendableUntil, null, false, false);
        this.amendableUntil = amendableUntil;
    }

    public Instant amendableUntil() {
        return amendableUntil;
    }
}

package org.practiceloop.common.event;

/** A message that can never be processed: it goes to the dead-letter topic, not back to a retry. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

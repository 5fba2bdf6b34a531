package org.practiceloop.feedback.service;

/** An amendment about another candidate than the evaluation's: an evaluation is always about one candidate. */
public class CandidateChangedException extends RuntimeException {

    public CandidateChangedException(String candidateId) {
        super("The evaluation is about candidate " + candidateId + "; an amendment cannot change the candidate",
                null, false, false);
    }
}

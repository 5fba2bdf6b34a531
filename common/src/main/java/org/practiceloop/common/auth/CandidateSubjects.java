package org.practiceloop.common.auth;

import java.util.Optional;

/** The subject of a delegated token good for one candidate only: {@code {kind}:{candidateId}}. */
final class CandidateSubjects {

    private CandidateSubjects() {
    }

    static String subject(String prefix, String candidateId) {
        return prefix + candidateId;
    }

    static Optional<String> candidateOf(String prefix, String subject) {
        return subject.startsWith(prefix) && subject.length() > prefix.length()
                ? Optional.of(subject.substring(prefix.length()))
                : Optional.empty();
    }
}

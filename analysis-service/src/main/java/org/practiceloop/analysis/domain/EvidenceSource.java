package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who raised a piece of evidence: a mock-interview partner, or a company after a real interview. */
public enum EvidenceSource {
    MOCK, COMPANY;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

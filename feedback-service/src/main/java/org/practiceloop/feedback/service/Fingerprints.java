package org.practiceloop.feedback.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.practiceloop.common.crypto.Sha256;

/** SHA-256 of a request as parsed: the same content in other whitespace or field order is the same request. */
@ApplicationScoped
public class Fingerprints {

    private final ObjectMapper mapper;

    Fingerprints(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String of(Object request) {
        try {
            return Sha256.hex(mapper.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint a request", e);
        }
    }
}

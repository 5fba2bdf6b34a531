package org.practiceloop.feedback.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a request as parsed: the same content in other whitespace or field order is the same request. */
@ApplicationScoped
public class Fingerprints {

    private final ObjectMapper mapper;

    Fingerprints(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String of(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a request", e);
        }
    }
}

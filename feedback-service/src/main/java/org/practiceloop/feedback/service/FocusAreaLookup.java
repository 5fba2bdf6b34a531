package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.practiceloop.feedback.client.AnalysisFocusAreas;
import org.practiceloop.feedback.client.FocusAreas;

/**
 * Asks analysis-service for a candidate's current focus areas, for the organisation the caller
 * acts for, with a token good for that candidate only. Empty when analysis is down, slow or
 * refuses: the form then works without them and a submission's focus checks are accepted
 * unchecked (analysis ignores checks of themes not in the plan), so no submission waits on it.
 * After repeated failures the circuit opens and callers get their answer at once.
 */
@ApplicationScoped
public class FocusAreaLookup {

    private static final Logger LOG = Logger.getLogger(FocusAreaLookup.class);

    private final AnalysisFocusAreas analysis;
    private final AnalysisTokens tokens;

    FocusAreaLookup(@RestClient AnalysisFocusAreas analysis, AnalysisTokens tokens) {
        this.analysis = analysis;
        this.tokens = tokens;
    }

    /** {@link FocusAreas#NONE} when analysis holds no plan for the candidate. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<FocusAreas> of(String organizationId, String candidateId) {
        try {
            return Optional.of(analysis.focusAreas(tokens.focusAreas(organizationId, candidateId), candidateId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.of(FocusAreas.NONE); // an answer, not a failure: the circuit stays closed
            }
            throw e;
        }
    }

    Optional<FocusAreas> unavailable(String organizationId, String candidateId, Throwable cause) {
        LOG.warnf("Focus areas unavailable (analysis-service): %s", cause.toString());
        return Optional.empty();
    }
}

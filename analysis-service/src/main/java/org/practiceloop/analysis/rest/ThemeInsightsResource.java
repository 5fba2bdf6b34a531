package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.service.OrganizationThemes;
import org.practiceloop.analysis.service.ThemeInsights;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.ProblemException;

@Path("/api/v1/insights/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
@RolesAllowed(Roles.PLANS_READ)
public class ThemeInsightsResource {

    /** The period when the client names no start: a quarter, long enough for a theme to recur. */
    private static final int DEFAULT_MONTHS = 3;

    private final OrganizationThemes themes;
    private final CurrentCaller caller;

    ThemeInsightsResource(OrganizationThemes themes, CurrentCaller caller) {
        this.themes = themes;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "How many of the organisation's candidates had each theme recurring, resolved or new in a period",
            description = "Counted over mock sessions with the candidate themes' rules: recurring (raised in two or more "
                    + "sessions, raised again in the period), resolved (became resolved in the period), new (first "
                    + "raised in the period). Candidates: those with a session in the period.")
    @APIResponse(responseCode = "400", description = "A date that is not yyyy-mm-dd, from after to, or an unknown interview type")
    public ThemeInsights themes(
            @Parameter(description = "First day, yyyy-mm-dd; default three months before to") @QueryParam("from") String from,
            @Parameter(description = "Last day, yyyy-mm-dd; default today (UTC)") @QueryParam("to") String to,
            @Parameter(description = "Only sessions of this type; default all")
            @QueryParam("interviewType")
            @Pattern(regexp = "coding|system_design|sql_data|statistics|ml|product|behavioral",
                    message = "must be one of coding, system_design, sql_data, statistics, ml, product, behavioral")
            String interviewType) {
        LocalDate last = date("to", to, LocalDate.now(Clock.systemUTC()));
        LocalDate first = date("from", from, last.minusMonths(DEFAULT_MONTHS));
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to (" + last + ")");
        }
        return themes.between(caller.organizationId(), first, last, interviewType);
    }

    private static LocalDate date(String parameter, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be a date, yyyy-mm-dd");
        }
    }
}

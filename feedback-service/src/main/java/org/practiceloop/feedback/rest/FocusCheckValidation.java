package org.practiceloop.feedback.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.feedback.client.FocusAreas;
import org.practiceloop.feedback.service.FocusAreaLookup;

/**
 * What Bean Validation cannot say about an evaluation's focus checks: a theme outside the
 * taxonomy, a theme checked twice, and (when analysis-service answers) a theme that is not a
 * focus area of the candidate's current plan. Unanswered, the checks are accepted as they are.
 */
@ApplicationScoped
class FocusCheckValidation {

    /** The theme taxonomy of the contract (docs/events.md), which analysis-service's themes use. */
    static final List<String> THEMES = List.of("communication", "problem_clarification",
            "algorithms_data_structures", "coding_fluency", "testing_debugging", "complexity_analysis",
            "system_design", "sql_data", "statistics_experimentation", "machine_learning", "product_sense",
            "behavioral_stories", "time_management", "domain_knowledge");

    private final FocusAreaLookup focusAreas;

    FocusCheckValidation(FocusAreaLookup focusAreas) {
        this.focusAreas = focusAreas;
    }

    /** The errors of the request's focus checks, named {@code focusChecks[i].theme}; none without checks. */
    List<Problem.FieldError> errors(String organizationId, EvaluationRequest request) {
        List<Problem.FieldError> errors = taxonomyErrors(request);
        List<EvaluationRequest.FocusCheckInput> checks = request.focusChecks();
        if (!errors.isEmpty() || checks == null || checks.isEmpty()) {
            return errors;
        }
        errors = new ArrayList<>();
        Optional<FocusAreas> plan = focusAreas.of(organizationId, request.candidate().id().strip());
        if (plan.isPresent()) {
            List<String> planned = plan.get().themes();
            for (int i = 0; i < checks.size(); i++) {
                String theme = checks.get(i).theme().strip();
                if (!planned.contains(theme)) {
                    errors.add(new Problem.FieldError(field(i), "'" + theme
                            + "' is not a focus area of the candidate's current plan; its focus areas: "
                            + (planned.isEmpty() ? "none yet" : String.join(", ", planned))));
                }
            }
        }
        return errors;
    }

    /**
     * Themes outside the taxonomy, or checked twice. All an amendment is checked for: the current
     * plan already includes the evaluation being amended, so it is not the plan its partner checked.
     */
    static List<Problem.FieldError> taxonomyErrors(EvaluationRequest request) {
        List<EvaluationRequest.FocusCheckInput> checks = request.focusChecks();
        if (checks == null || checks.isEmpty()) {
            return List.of();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < checks.size(); i++) {
            String theme = checks.get(i).theme().strip();
            if (!THEMES.contains(theme)) {
                errors.add(new Problem.FieldError(field(i), "'" + theme + "' is not a theme; themes: "
                        + String.join(", ", THEMES)));
            } else if (!seen.add(theme)) {
                errors.add(new Problem.FieldError(field(i), "'" + theme + "' is checked twice"));
            }
        }
        return errors;
    }

    private static String field(int index) {
        return "focusChecks[" + index + "].theme";
    }
}

package org.practiceloop.feedback.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceloop.common.problem.FieldErrors;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.text.NulCharacter;
import org.practiceloop.feedback.client.FocusAreas;
import org.practiceloop.feedback.domain.EvaluationContent;
import org.practiceloop.feedback.domain.FocusCheck;
import org.practiceloop.feedback.domain.FocusProgress;
import org.practiceloop.feedback.domain.InterviewType;
import org.practiceloop.feedback.domain.RatingScale;
import org.practiceloop.feedback.domain.Recommendation;

/**
 * The partner form's fields, read into the API's {@link EvaluationRequest} so the form goes
 * through the same validation, and the errors mapped back onto the form's fields.
 */
public final class EvaluationForm {

    /** The competencies the form asks about, with their labels. */
    static final Map<String, String> COMPETENCIES = new LinkedHashMap<>();

    static {
        COMPETENCIES.put("communication", "Communication");
        COMPETENCIES.put("problem_clarification", "Clarifying the problem");
        COMPETENCIES.put("problem_solving", "Problem solving");
        COMPETENCIES.put("coding", "Coding");
        COMPETENCIES.put("testing", "Testing and debugging");
        COMPETENCIES.put("system_design", "System design");
        COMPETENCIES.put("sql", "SQL and data");
        COMPETENCIES.put("statistics", "Statistics and experimentation");
        COMPETENCIES.put("product_sense", "Product sense");
        COMPETENCIES.put("behavioral", "Behavioural");
    }

    /** The form's text fields and their labels, in page order. */
    private static final Map<String, String> TEXT_FIELDS = new LinkedHashMap<>();

    static {
        TEXT_FIELDS.put("candidateId", "Candidate id");
        TEXT_FIELDS.put("candidateEmail", "Candidate email");
        TEXT_FIELDS.put("candidateName", "Candidate name");
        TEXT_FIELDS.put("interviewerId", "Your id");
        TEXT_FIELDS.put("interviewerName", "Your name");
        TEXT_FIELDS.put("interviewerEmail", "Your email");
        TEXT_FIELDS.put("sessionDate", "Date of the session");
        TEXT_FIELDS.put("interviewType", "Interview type");
        TEXT_FIELDS.put("targetRole", "Target role");
        TEXT_FIELDS.put("targetLevel", "Target level");
        TEXT_FIELDS.put("recommendation", "Overall recommendation");
        TEXT_FIELDS.put("strengths", "Strengths");
        TEXT_FIELDS.put("improvements", "What to improve");
        TEXT_FIELDS.put("comments", "Other comments");
        TEXT_FIELDS.put("questions", "Questions you asked");
    }

    private static final String SCORE = "score.";

    /*
     * The focus-area step. The areas shown travel in hidden fields (title, what to look for), so
     * re-rendering the form after a mistake or a review needs no second call to analysis-service.
     */
    private static final String FOCUS = "focus.";
    private static final String FOCUS_NOTE = "focusNote.";
    private static final String FOCUS_TITLE = "focusTitle.";
    private static final String FOCUS_LOOK_FOR = "focusLookFor.";
    /** Hidden: the candidate whose focus areas the form shows. */
    private static final String FOCUS_AREAS_OF = "focusAreasOf";
    /** Hidden: where the focus-area step stands, one of the {@code STEP_} values. */
    private static final String FOCUS_STEP = "focusStep";
    private static final String STEP_NOT_LOADED = "not_loaded";
    private static final String STEP_SHOWN = "shown";
    private static final String STEP_NO_PLAN = "none";
    private static final String STEP_UNAVAILABLE = "unavailable";
    /** The amend page: the checks as submitted, without asking analysis again. */
    private static final String STEP_STORED = "stored";
    private static final Set<String> STEPS = Set.of(STEP_NOT_LOADED, STEP_SHOWN, STEP_NO_PLAN, STEP_UNAVAILABLE,
            STEP_STORED);

    private static final Map<String, String> PROGRESS_LABELS = Map.of("improved", "Improved", "same", "No change",
            "worse", "Worse", "not_observed", "Not observed");

    /** One competency's row: the chosen score ("1"–"4", "na" or empty), the note, and its error. */
    public record RatingRow(String competency, String title, String score, String note, String error) {
    }

    public record Option(String value, String label) {
    }

    /** One focus area of the candidate's plan: what to look for, the partner's choice (or empty), the note, its error. */
    public record FocusRow(String theme, String title, String lookFor, String progress, String note, String error) {
    }

    private record FocusArea(String title, String lookFor) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> scores = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<String> ratedCompetencies = new ArrayList<>();
    private final Map<String, FocusArea> focusAreas = new LinkedHashMap<>();
    private final Map<String, String> focusProgress = new LinkedHashMap<>();
    private final Map<String, String> focusNotes = new LinkedHashMap<>();
    private final List<String> checkedThemes = new ArrayList<>();
    private String focusAreasOf = "";
    private String focusStep = STEP_NOT_LOADED;
    private EvaluationRequest request;

    static EvaluationForm empty() {
        return new EvaluationForm();
    }

    /** The form filled with a stored evaluation, for the partner to amend. */
    static EvaluationForm filledWith(EvaluationContent e) {
        EvaluationForm f = new EvaluationForm();
        TEXT_FIELDS.keySet().forEach(name -> f.values.put(name, ""));
        f.values.put("candidateId", e.candidateId);
        f.values.put("candidateEmail", e.candidateEmail);
        f.values.put("candidateName", trimToEmpty(e.candidateName));
        f.values.put("interviewerId", e.interviewerId);
        f.values.put("interviewerName", trimToEmpty(e.interviewerName));
        f.values.put("interviewerEmail", trimToEmpty(e.interviewerEmail));
        f.values.put("sessionDate", e.sessionDate.toString());
        f.values.put("interviewType", e.interviewType.toString());
        f.values.put("targetRole", trimToEmpty(e.targetRole));
        f.values.put("targetLevel", trimToEmpty(e.targetLevel));
        f.values.put("recommendation", e.recommendation.toString());
        f.values.put("strengths", trimToEmpty(e.strengths));
        f.values.put("improvements", trimToEmpty(e.improvements));
        f.values.put("comments", trimToEmpty(e.comments));
        f.values.put("questions", e.questions == null ? "" : String.join("\n", e.questions));
        e.ratings.forEach(r -> {
            f.scores.put(r.competency(), r.notAssessed() ? "na" : String.valueOf(r.score()));
            f.notes.put(r.competency(), trimToEmpty(r.note()));
        });
        f.focusStep = STEP_STORED;
        f.focusAreasOf = e.candidateId;
        if (e.focusChecks != null) {
            for (FocusCheck check : e.focusChecks) {
                f.focusAreas.put(check.theme(), new FocusArea(humane(check.theme()), ""));
                f.focusProgress.put(check.theme(), check.progress().toString());
                f.focusNotes.put(check.theme(), trimToEmpty(check.note()));
            }
        }
        return f;
    }

    static EvaluationForm read(MultivaluedMap<String, String> form) {
        EvaluationForm f = new EvaluationForm();
        TEXT_FIELDS.keySet().forEach(name -> f.values.put(name, trimToEmpty(form.getFirst(name))));
        List<String> rated = form.keySet().stream().filter(k -> k.startsWith(SCORE)).map(k -> k.substring(SCORE.length()))
                .toList();
        competencies(rated).forEach(c -> {
            f.scores.put(c, trimToEmpty(form.getFirst(SCORE + c)));
            f.notes.put(c, trimToEmpty(form.getFirst("note." + c)));
        });
        f.readFocusAreas(form);
        f.request = f.toRequest();
        f.values.forEach((name, value) -> refuseNul(f, name, value));
        f.scores.forEach((c, value) -> refuseNul(f, "score." + c, value));
        f.notes.forEach((c, value) -> refuseNul(f, "note." + c, value));
        f.focusNotes.forEach((theme, value) -> refuseNul(f, FOCUS + theme, value));
        f.focusAreas.forEach((theme, area) -> refuseNul(f, FOCUS + theme, area.title() + area.lookFor()));
        return f;
    }

    /** The focus areas the page showed, then the checks and notes the partner gave (a theme once, in page order). */
    private void readFocusAreas(MultivaluedMap<String, String> form) {
        focusAreasOf = trimToEmpty(form.getFirst(FOCUS_AREAS_OF));
        String step = trimToEmpty(form.getFirst(FOCUS_STEP));
        focusStep = STEPS.contains(step) ? step : STEP_NOT_LOADED;
        for (String key : form.keySet()) {
            String theme = key.substring(key.indexOf('.') + 1);
            if (key.startsWith(FOCUS_TITLE) && !theme.isEmpty()) {
                focusAreas.put(theme, new FocusArea(trimToEmpty(form.getFirst(key)),
                        trimToEmpty(form.getFirst(FOCUS_LOOK_FOR + theme))));
            }
        }
        for (String key : form.keySet()) {
            String theme = key.substring(key.indexOf('.') + 1);
            if (theme.isEmpty()) {
                continue;
            }
            if (key.startsWith(FOCUS)) {
                focusProgress.put(theme, trimToEmpty(form.getFirst(key)));
            } else if (key.startsWith(FOCUS_NOTE)) {
                focusNotes.put(theme, trimToEmpty(form.getFirst(key)));
            }
        }
        // A check posted without its area's hidden fields (a hand-made post) still gets a row.
        focusThemes().forEach(theme -> focusAreas.putIfAbsent(theme, new FocusArea(humane(theme), "")));
    }

    private Set<String> focusThemes() {
        Set<String> themes = new LinkedHashSet<>(focusAreas.keySet());
        themes.addAll(focusProgress.keySet());
        themes.addAll(focusNotes.keySet());
        return themes;
    }

    /**
     * The focus-area step's answer for {@code candidateId}: its plan's areas (a choice or note already
     * made for another theme is kept, never dropped), no plan, or empty when analysis did not answer.
     */
    void showFocusAreas(String candidateId, Optional<FocusAreas> answer) {
        if (answer.isEmpty()) {
            focusStep = STEP_UNAVAILABLE;
            return;
        }
        focusAreasOf = candidateId;
        Map<String, FocusArea> previous = new LinkedHashMap<>(focusAreas);
        focusAreas.clear();
        answer.get().focusAreas().forEach(a -> focusAreas.put(a.theme(),
                new FocusArea(a.title() == null ? humane(a.theme()) : a.title(), trimToEmpty(a.lookFor()))));
        previous.forEach((theme, area) -> {
            if (!focusProgress.getOrDefault(theme, "").isEmpty() || !focusNotes.getOrDefault(theme, "").isEmpty()) {
                focusAreas.putIfAbsent(theme, area);
            }
        });
        focusStep = focusAreas.isEmpty() ? STEP_NO_PLAN : STEP_SHOWN;
    }

    private static void refuseNul(EvaluationForm form, String field, String value) {
        if (NulCharacter.in(value)) {
            form.errors.put(field, NulCharacter.MESSAGE);
        }
    }

    /** The request to submit, or null when a field could not even be read (a date that is no date). */
    EvaluationRequest request() {
        return errors.isEmpty() ? request : null;
    }

    /** Adds the validator's findings, named after the form's fields. */
    void addViolations(Set<ConstraintViolation<EvaluationRequest>> violations) {
        FieldErrors.of(violations).forEach(e -> errors.putIfAbsent(formField(e.field()), e.message()));
    }

    /** A finding about one field that only the service could make (the candidate of an amendment). */
    void reject(String field, String message) {
        errors.put(field, message);
    }

    void clearErrors() {
        errors.clear();
    }

    /** Findings named as the API names them ({@code focusChecks[1].theme}), put on the form's fields. */
    void addErrors(List<Problem.FieldError> apiErrors) {
        apiErrors.forEach(e -> errors.putIfAbsent(formField(e.field()), e.message()));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /** For the summary at the top: each error as its field's id and a sentence naming the field by its label. */
    public List<Option> getErrorSummary() {
        return errors.entrySet().stream().map(e -> new Option(e.getKey(), label(e.getKey()) + ": " + e.getValue()))
                .toList();
    }

    private String label(String field) {
        if (field.startsWith("score.")) {
            return COMPETENCIES.getOrDefault(field.substring("score.".length()), field) + " rating";
        }
        if (field.startsWith(FOCUS)) {
            String theme = field.substring(FOCUS.length());
            return "Focus area " + (focusAreas.containsKey(theme) ? focusAreas.get(theme).title() : humane(theme));
        }
        return TEXT_FIELDS.getOrDefault(field, field);
    }

    public List<RatingRow> getRatings() {
        return competencies(scores.keySet()).stream().map(c -> new RatingRow(c,
                COMPETENCIES.getOrDefault(c, humane(c)), scores.getOrDefault(c, ""), notes.getOrDefault(c, ""),
                errors.get("score." + c))).toList();
    }

    /**
     * The form's competencies, then any other that an evaluation submitted through the API rated:
     * amending it on the form keeps those ratings.
     */
    private static Set<String> competencies(Collection<String> rated) {
        Set<String> all = new LinkedHashSet<>(COMPETENCIES.keySet());
        all.addAll(rated);
        return all;
    }

    /** The focus areas to check, in the plan's order, with the partner's choices. */
    public List<FocusRow> getFocusAreas() {
        return focusAreas.entrySet().stream().map(e -> new FocusRow(e.getKey(), e.getValue().title(),
                e.getValue().lookFor(), focusProgress.getOrDefault(e.getKey(), ""),
                focusNotes.getOrDefault(e.getKey(), ""), errors.get(FOCUS + e.getKey()))).toList();
    }

    /** Where the focus-area step stands: not_loaded, shown, none (no plan), unavailable, stored (amending). */
    public String getFocusStep() {
        return focusStep;
    }

    /** The candidate whose focus areas are shown; empty before any were asked for. */
    public String getFocusAreasOf() {
        return focusAreasOf;
    }

    public List<Option> getFocusProgress() {
        return Arrays.stream(FocusProgress.values())
                .map(p -> new Option(p.toString(), PROGRESS_LABELS.get(p.toString()))).toList();
    }

    public List<RatingScale> getScale() {
        return List.of(RatingScale.values());
    }

    public List<Option> getInterviewTypes() {
        return Arrays.stream(InterviewType.values())
                .map(t -> new Option(t.toString(), humane(t.toString()))).toList();
    }

    public List<Option> getRecommendations() {
        return Arrays.stream(Recommendation.values())
                .map(r -> new Option(r.toString(), humane(r.toString()))).toList();
    }

    private EvaluationRequest toRequest() {
        LocalDate sessionDate = null;
        if (!values.get("sessionDate").isEmpty()) {
            try {
                sessionDate = LocalDate.parse(values.get("sessionDate"));
            } catch (DateTimeParseException e) {
                errors.put("sessionDate", "must be a date, YYYY-MM-DD");
            }
        }
        InterviewType type = Arrays.stream(InterviewType.values())
                .filter(t -> t.toString().equals(values.get("interviewType"))).findFirst().orElse(null);
        Recommendation recommendation = Arrays.stream(Recommendation.values())
                .filter(r -> r.toString().equals(values.get("recommendation"))).findFirst().orElse(null);
        return new EvaluationRequest(
                new EvaluationRequest.Candidate(value("candidateId"), value("candidateEmail"), value("candidateName")),
                new EvaluationRequest.Interviewer(value("interviewerId"), value("interviewerName"), value("interviewerEmail")),
                sessionDate, type, value("targetRole"), value("targetLevel"), ratings(), recommendation,
                value("strengths"), value("improvements"), value("comments"), questions(), focusChecks());
    }

    /** The areas the partner answered; a note needs a choice, so it is never silently dropped. */
    private List<EvaluationRequest.FocusCheckInput> focusChecks() {
        List<EvaluationRequest.FocusCheckInput> checks = new ArrayList<>();
        for (String theme : focusThemes()) {
            String progress = focusProgress.getOrDefault(theme, "");
            String note = focusNotes.getOrDefault(theme, "");
            Optional<FocusProgress> chosen = Arrays.stream(FocusProgress.values())
                    .filter(p -> p.toString().equals(progress)).findFirst();
            if (progress.isEmpty()) {
                if (!note.isEmpty()) {
                    errors.put(FOCUS + theme, "choose what you saw (improved, no change, worse or not observed), "
                            + "or leave the note empty");
                }
            } else if (chosen.isEmpty()) {
                errors.put(FOCUS + theme, "must be improved, no change, worse or not observed");
            } else {
                checkedThemes.add(theme);
                checks.add(new EvaluationRequest.FocusCheckInput(theme, chosen.get(), note.isEmpty() ? null : note));
            }
        }
        if (!checks.isEmpty() && !focusAreasOf.isEmpty() && !focusAreasOf.equals(values.get("candidateId"))) {
            errors.put("candidateId", "changed after the focus areas of " + focusAreasOf
                    + " were shown: show this candidate's focus areas again");
        }
        return checks.isEmpty() ? null : checks;
    }

    private List<EvaluationRequest.RatingInput> ratings() {
        List<EvaluationRequest.RatingInput> ratings = new ArrayList<>();
        scores.forEach((competency, score) -> {
            String note = notes.get(competency).isEmpty() ? null : notes.get(competency);
            if (score.isEmpty()) {
                return; // not rated
            }
            ratedCompetencies.add(competency);
            if (score.equals("na")) {
                ratings.add(new EvaluationRequest.RatingInput(competency, null, true, note));
            } else if (score.matches("[1-4]")) {
                ratings.add(new EvaluationRequest.RatingInput(competency, Integer.parseInt(score), null, note));
            } else {
                errors.put("score." + competency, "must be 1 to 4, or not assessed");
            }
        });
        return ratings;
    }

    private List<String> questions() {
        List<String> questions = values.get("questions").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return questions.isEmpty() ? null : questions;
    }

    /** {@code candidate.email} → {@code candidateEmail}; {@code ratings[2].score} → {@code score.<third rated competency>}. */
    private String formField(String apiField) {
        if (apiField.startsWith("ratings[")) {
            int index = Integer.parseInt(apiField.substring("ratings[".length(), apiField.indexOf(']')));
            return "score." + ratedCompetencies.get(index);
        }
        if (apiField.startsWith("questions")) {
            return "questions";
        }
        if (apiField.startsWith("focusChecks[")) {
            int index = Integer.parseInt(apiField.substring("focusChecks[".length(), apiField.indexOf(']')));
            return FOCUS + checkedThemes.get(index);
        }
        String[] parts = apiField.split("\\.");
        return parts.length == 2 ? parts[0] + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1)
                : apiField;
    }

    private String value(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String trimToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** {@code system_design} → {@code System design} */
    private static String humane(String value) {
        String spaced = value.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}

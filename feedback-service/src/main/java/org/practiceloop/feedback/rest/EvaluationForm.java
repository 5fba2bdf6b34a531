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
import java.util.Set;
import org.practiceloop.common.problem.FieldErrors;
import org.practiceloop.common.text.NulCharacter;
import org.practiceloop.feedback.domain.EvaluationContent;
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

    /** One competency's row: the chosen score ("1"–"4", "na" or empty), the note, and its error. */
    public record RatingRow(String competency, String title, String score, String note, String error) {
    }

    public record Option(String value, String label) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> scores = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<String> ratedCompetencies = new ArrayList<>();
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
        f.request = f.toRequest();
        f.values.forEach((name, value) -> refuseNul(f, name, value));
        f.scores.forEach((c, value) -> refuseNul(f, "score." + c, value));
        f.notes.forEach((c, value) -> refuseNul(f, "note." + c, value));
        return f;
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

    private static String label(String field) {
        if (field.startsWith("score.")) {
            return COMPETENCIES.getOrDefault(field.substring("score.".length()), field) + " rating";
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
                value("strengths"), value("improvements"), value("comments"), questions(), null);
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

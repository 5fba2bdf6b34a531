package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceloop.common.problem.ProblemException;

/**
 * Reads an import CSV into rows of the same JSON shape as the API's body, so both formats go
 * through one validation. Columns (header row required, any order):
 * {@code candidate_id, candidate_email, candidate_name, interviewer_id, interviewer_name,
 * interviewer_email, session_date, interview_type, target_role, target_level, recommendation, ratings, strengths,
 * improvements, comments, focus_checks}; {@code ratings} is {@code communication=2;problem_solving=3;sql=na},
 * {@code focus_checks} is {@code problem_clarification=improved:a note;communication=same}.
 */
final class CsvEvaluations {

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();
    private static final Set<String> REQUIRED = Set.of("candidate_id", "candidate_email", "interviewer_id",
            "session_date", "interview_type", "recommendation");

    static {
        COLUMNS.put("candidate_id", "candidate.id");
        COLUMNS.put("candidate_email", "candidate.email");
        COLUMNS.put("candidate_name", "candidate.name");
        COLUMNS.put("interviewer_id", "interviewer.id");
        COLUMNS.put("interviewer_name", "interviewer.name");
        COLUMNS.put("interviewer_email", "interviewer.email");
        COLUMNS.put("session_date", "sessionDate");
        COLUMNS.put("interview_type", "interviewType");
        COLUMNS.put("target_role", "targetRole");
        COLUMNS.put("target_level", "targetLevel");
        COLUMNS.put("recommendation", "recommendation");
        COLUMNS.put("ratings", "ratings");
        COLUMNS.put("strengths", "strengths");
        COLUMNS.put("improvements", "improvements");
        COLUMNS.put("comments", "comments");
        COLUMNS.put("focus_checks", "focusChecks");
    }

    private static final CsvMapper CSV = new CsvMapper();

    private CsvEvaluations() {
    }

    static List<ObjectNode> read(String csv, ObjectMapper json) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                    "The CSV could not be read: every row needs as many cells as the header.");
        }
        if (!rows.isEmpty()) {
            checkColumns(rows.get(0).keySet());
        }
        List<ObjectNode> evaluations = new ArrayList<>();
        for (Map<String, String> row : rows) {
            evaluations.add(toJson(row, json));
        }
        return evaluations;
    }

    private static void checkColumns(Set<String> header) {
        for (String column : header) {
            if (!COLUMNS.containsKey(column)) {
                throw ProblemException.invalidField(column, "is not a known column; known: " + COLUMNS.keySet());
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw ProblemException.invalidField(column, "is a required column");
            }
        }
    }

    private static ObjectNode toJson(Map<String, String> row, ObjectMapper json) {
        ObjectNode evaluation = json.createObjectNode();
        row.forEach((column, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            String field = COLUMNS.get(column);
            if (field.equals("ratings")) {
                evaluation.set("ratings", ratings(value, json));
            } else if (field.equals("focusChecks")) {
                evaluation.set("focusChecks", focusChecks(value, json));
            } else if (field.contains(".")) {
                String[] parts = field.split("\\.");
                ObjectNode parent = evaluation.has(parts[0]) ? (ObjectNode) evaluation.get(parts[0])
                        : evaluation.putObject(parts[0]);
                parent.put(parts[1], value.strip());
            } else {
                evaluation.put(field, field.equals("strengths") || field.equals("improvements")
                        || field.equals("comments") ? value : value.strip());
            }
        });
        return evaluation;
    }

    /** {@code problem_clarification=improved:asked first;communication=same}: a note follows the first colon. */
    private static ArrayNode focusChecks(String cell, ObjectMapper json) {
        ArrayNode checks = json.createArrayNode();
        for (String entry : cell.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] themeAndRest = entry.split("=", 2);
            ObjectNode check = checks.addObject().put("theme", themeAndRest[0].strip());
            String[] progressAndNote = (themeAndRest.length > 1 ? themeAndRest[1] : "").split(":", 2);
            check.put("progress", progressAndNote[0].strip());
            if (progressAndNote.length > 1 && !progressAndNote[1].isBlank()) {
                check.put("note", progressAndNote[1].strip());
            }
        }
        return checks;
    }

    /** {@code communication=2;sql=na}: a score is kept as text when it is not a number, for validation to name. */
    private static ArrayNode ratings(String cell, ObjectMapper json) {
        ArrayNode ratings = json.createArrayNode();
        for (String pair : cell.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            ObjectNode rating = ratings.addObject().put("competency", parts[0].strip());
            String score = parts.length > 1 ? parts[1].strip() : "";
            if (score.equalsIgnoreCase("na")) {
                rating.put("notAssessed", true);
            } else if (score.matches("\\d+")) {
                rating.put("score", Integer.parseInt(score));
            } else {
                rating.put("score", score);
            }
        }
        return ratings;
    }
}

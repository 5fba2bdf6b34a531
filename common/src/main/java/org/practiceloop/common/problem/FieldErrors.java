package org.practiceloop.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.practiceloop.common.text.NulCharacter;

/** Names the bad field of a JSON mapping failure or a bean-validation violation as the client wrote it. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static List<Problem.FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(path(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    public static Problem.FieldError of(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return new Problem.FieldError(path(e), "is not a known field");
        }
        if (e instanceof InvalidFormatException f && f.getValue() instanceof String text && NulCharacter.in(text)) {
            return new Problem.FieldError(path(e), NulCharacter.MESSAGE);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new Problem.FieldError(path(e), "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        return new Problem.FieldError(path(e), e instanceof InvalidFormatException
                ? "has the wrong type or format" : "has the wrong type");
    }

    /** {@code ratings[0].score} */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A REST parameter's violation path starts with the method and parameter nodes
     * ({@code create.body.candidate.email}); the client knows only {@code candidate.email}.
     * A parameter alone (a query parameter, a missing body) keeps its own name.
     */
    public static String path(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) { // texts[1] in List<@NotBlank String> texts
                path.append(node.getIndex() == null ? "" : "[" + node.getIndex() + "]");
                continue;
            }
            boolean lastParameter = node.getKind() == ElementKind.PARAMETER && i == nodes.size() - 1;
            if (node.getKind() != ElementKind.PROPERTY && !lastParameter) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            path.append(path.isEmpty() ? "" : ".").append(node.getName());
        }
        return path.toString();
    }
}

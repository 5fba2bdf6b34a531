package org.practiceloop.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a body's bad field is named to the client: the JSON path, as the client wrote it. No Quarkus, seconds to run. */
class FieldErrorsTest {

    enum Recommendation { ADVANCE, HOLD }

    record Rating(String competency, Integer score) {
    }

    record Body(String candidateId, List<Rating> ratings, Recommendation recommendation) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aWrongTypeInsideAListIsNamedByItsPath() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(
                "{\"candidateId\": \"c-1\", \"ratings\": [{\"score\": 3}, {\"score\": \"four\"}]}", Body.class));

        assertThat(FieldErrors.path(e)).isEqualTo("ratings[1].score");
        assertThat(FieldErrors.of(e)).isEqualTo(new Problem.FieldError("ratings[1].score", "has the wrong type or format"));
    }

    @Test
    void aTopLevelFieldIsNamedAlone() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"candidateId\": [1, 2]}", Body.class));

        assertThat(FieldErrors.path(e)).isEqualTo("candidateId");
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnes() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"recommendation\": \"maybe\"}", Body.class));

        assertThat(FieldErrors.of(e)).isEqualTo(new Problem.FieldError("recommendation", "must be one of ADVANCE, HOLD"));
    }
}

package org.practiceloop.analysis.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record ClassifyRequest(@NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 5000) String> texts) {
}

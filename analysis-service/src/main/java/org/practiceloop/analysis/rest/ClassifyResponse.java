package org.practiceloop.analysis.rest;

import java.util.List;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.LabelSource;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

public record ClassifyResponse(List<Result> results) {

    /** {@code source}: {@code model}, or {@code correction} when a corrected item of the organisation gave the label. */
    public record Result(String text, Label label, Reason reason, double confidence, boolean uncertain, Theme theme,
            LabelSource source) {
    }
}

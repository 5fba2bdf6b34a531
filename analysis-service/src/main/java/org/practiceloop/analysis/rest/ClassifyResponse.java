package org.practiceloop.analysis.rest;

import java.util.List;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

public record ClassifyResponse(List<Result> results) {

    public record Result(String text, Label label, Reason reason, double confidence, boolean uncertain, Theme theme) {
    }
}

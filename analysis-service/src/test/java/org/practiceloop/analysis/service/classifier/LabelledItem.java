package org.practiceloop.analysis.service.classifier;

import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

/** One line of the labelled set: a feedback item and how a coach labels it. */
public record LabelledItem(String id, String text, Label label, Reason reason, Theme theme) {
}

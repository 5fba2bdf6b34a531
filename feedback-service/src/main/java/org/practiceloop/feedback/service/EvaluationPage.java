package org.practiceloop.feedback.service;

import java.util.List;
import org.practiceloop.feedback.domain.Evaluation;

/** One page of evaluations and where the next page starts (null at the end). */
public record EvaluationPage(List<Evaluation> items, EvaluationQuery.Cursor next) {
}

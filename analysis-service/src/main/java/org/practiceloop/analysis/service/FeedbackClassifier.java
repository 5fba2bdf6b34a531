package org.practiceloop.analysis.service;

import java.util.List;
import org.practiceloop.analysis.domain.Classification;

/** Labels feedback items constructive or non-actionable, and gives constructive items a theme. */
public interface FeedbackClassifier {

    /** One classification per text, in order; texts are classified together, which is faster than one by one. */
    List<Classification> classifyAll(List<String> texts);
}

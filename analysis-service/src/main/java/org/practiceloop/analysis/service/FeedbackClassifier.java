package org.practiceloop.analysis.service;

import org.practiceloop.analysis.domain.Classification;

/** Labels one feedback item constructive or non-actionable, and gives constructive items a theme. */
public interface FeedbackClassifier {

    Classification classify(String text);
}

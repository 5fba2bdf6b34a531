package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who gave an item its label: the model, or a person's correction (of this item, or of one close to it). */
public enum LabelSource {
    MODEL, CORRECTION;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

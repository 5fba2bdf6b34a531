package org.practiceloop.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "practiceloop.classifier")
public interface ClassifierConfig {

    /** The defaults, also used by the evaluation command and the benchmark. */
    String DEFAULT_WORKERS = "2";
    String DEFAULT_CONFIDENT_PRECISION = "0.97";

    /** Encoding threads, each running single-threaded ONNX calls: one per core measured best. */
    @WithDefault(DEFAULT_WORKERS)
    int workers();

    /** Accuracy that items not marked "uncertain" should reach (calibrated out of fold on the training set). */
    @WithDefault(DEFAULT_CONFIDENT_PRECISION)
    double confidentPrecision();
}

package org.practiceloop.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;

/**
 * Publishes request latency as a histogram, so the operations dashboard can chart p95 across
 * replicas (quantiles computed in each JVM cannot be added up). Ten fixed buckets instead of
 * Micrometer's default ~70 keep the series per URI, method and status few.
 */
public class HttpLatencyBuckets {

    private static final double[] BUCKET_SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    @Produces
    @Singleton
    MeterFilter httpServerLatencyHistogram() {
        double[] bucketNanos = Arrays.stream(BUCKET_SECONDS).map(s -> s * 1e9).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(bucketNanos).build().merge(config);
            }
        };
    }
}

package org.practiceloop.e2e.faults;

import org.junit.jupiter.api.Test;

/**
 * The cluster in {@code ./mvnw verify}, briefly: three brokers, two instances of analysis- and
 * notification-service (one of feedback-service, whose second is only a second API), the second
 * analysis instance unready until its consumer group takes it in ({@link ConsumerReadiness}), one
 * of the brokers SIGKILLed under a small load and restarted, then every guarantee of the fault
 * harness checked. {@code benchmarks/pipeline-faults.sh cluster} runs all of issue #20's faults
 * with a heavier load and two instances of every service.
 */
class ClusterFaultsIT {

    @Test
    void everyGuaranteeHoldsWhenABrokerOfThreeDies() throws Exception {
        PipelineFaultsIT.runMode("cluster-short");
    }
}

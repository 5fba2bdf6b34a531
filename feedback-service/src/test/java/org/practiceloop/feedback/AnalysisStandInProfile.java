package org.practiceloop.feedback;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.practiceloop.devinfra.ApiKeyTestResource;
import org.practiceloop.devinfra.KafkaTestResource;
import org.practiceloop.devinfra.PostgresTestResource;

/** The real PostgreSQL, broker and test API keys, and a stand-in endpoint in place of analysis-service. */
abstract class AnalysisStandInProfile implements QuarkusTestProfile {

    private final Class<? extends QuarkusTestResourceLifecycleManager> standIn;

    AnalysisStandInProfile(Class<? extends QuarkusTestResourceLifecycleManager> standIn) {
        this.standIn = standIn;
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresTestResource.class, Map.of("database", "feedback_test")),
                new TestResourceEntry(KafkaTestResource.class), new TestResourceEntry(ApiKeyTestResource.class),
                new TestResourceEntry(standIn));
    }
}

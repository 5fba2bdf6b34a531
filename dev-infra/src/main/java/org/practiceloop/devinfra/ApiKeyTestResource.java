package org.practiceloop.devinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The service under test accepts {@link TestApiKeys}; RestAssured sends the default organisation's key. */
public class ApiKeyTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestApiKeys.sendDefaultKey();
        return TestApiKeys.configuration();
    }

    @Override
    public void stop() {
        // nothing to stop: the keys live in the service's configuration
    }
}

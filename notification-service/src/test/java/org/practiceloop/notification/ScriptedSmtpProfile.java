package org.practiceloop.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.practiceloop.devinfra.ApiKeyTestResource;
import org.practiceloop.devinfra.KafkaTestResource;
import org.practiceloop.devinfra.PostgresTestResource;

/** The real PostgreSQL, broker and test API keys, but the scripted SMTP server in place of GreenMail. */
public class ScriptedSmtpProfile implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresTestResource.class, Map.of("database", "notification_test")),
                new TestResourceEntry(KafkaTestResource.class), new TestResourceEntry(ApiKeyTestResource.class),
                new TestResourceEntry(Resource.class));
    }

    public static class Resource implements QuarkusTestResourceLifecycleManager {

        private ScriptedSmtpServer server;

        @Override
        public Map<String, String> start() {
            server = new ScriptedSmtpServer();
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(server.port()));
        }

        @Override
        public void inject(TestInjector testInjector) {
            testInjector.injectIntoFields(server, new TestInjector.MatchesType(ScriptedSmtpServer.class));
        }

        @Override
        public void stop() {
            server.stop();
        }
    }
}

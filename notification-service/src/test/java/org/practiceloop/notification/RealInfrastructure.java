package org.practiceloop.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.practiceloop.devinfra.ApiKeyTestResource;
import org.practiceloop.devinfra.KafkaTestResource;
import org.practiceloop.devinfra.PostgresTestResource;
import org.practiceloop.devinfra.SmtpTestResource;
import org.practiceloop.notification.webhook.HttpsReceiver;

/**
 * Every test of this service runs against the real PostgreSQL, a real Kafka broker and a real
 * SMTP server; and an HTTPS receiver whose certificate the webhook client trusts (global too, so
 * no test class restarts the service on its own resources).
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notification_test"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ApiKeyTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpsReceiver.class, scope = TestResourceScope.GLOBAL)
public final class RealInfrastructure {
}

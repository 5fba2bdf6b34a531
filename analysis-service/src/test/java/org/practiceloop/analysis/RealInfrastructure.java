package org.practiceloop.analysis;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.practiceloop.devinfra.ApiKeyTestResource;
import org.practiceloop.devinfra.KafkaTestResource;
import org.practiceloop.devinfra.PostgresTestResource;

/**
 * Every test of this service runs against the real PostgreSQL and a real Kafka broker, with
 * {@link FeedbackStandIn} where feedback-service's interview operation would be.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "analysis_test"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ApiKeyTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FeedbackStandIn.class, scope = TestResourceScope.GLOBAL)
public final class RealInfrastructure {
}

package org.practiceloop.feedback.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.feedback.config.IdempotencyConfig;
import org.practiceloop.feedback.domain.IdempotencyRecord;

/**
 * Idempotency-Key with Stripe's semantics. A key is claimed in its own short transaction (the
 * primary key makes concurrent claims race-free); the work and the stored answer then commit
 * together, so a key can never point at work that was rolled back.
 */
@ApplicationScoped
public class IdempotencyService {

    /** The answer a key was first given. */
    public record StoredResponse(int status, String body, String location) {
    }

    public sealed interface Claim {
        /** The key is new: do the work. */
        record Granted() implements Claim {
        }

        /** Same key, same request, already answered: answer it again. */
        record Replay(StoredResponse response) implements Claim {
        }

        /** Same key, the first request is still being processed. */
        record InFlight() implements Claim {
        }

        /** Same key, another request. */
        record Mismatch() implements Claim {
        }
    }

    private final EntityManager entityManager;
    private final IdempotencyConfig config;

    IdempotencyService(EntityManager entityManager, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String organizationId, String key, String requestHash) {
        Instant now = Instant.now(); // one clock for writing and expiring keys: this service's
        IdempotencyRecord.delete("""
                        organizationId = ?1 and idempotencyKey = ?2
                        and (expiresAt < ?3 or (state = ?4 and createdAt < ?5))""", organizationId, key, now,
                IdempotencyRecord.IN_FLIGHT, now.minus(config.abandonedAfter()));
        // Native for ON CONFLICT: of two concurrent claims of one key, exactly one inserts.
        int inserted = entityManager.createNativeQuery("""
                        insert into idempotency_key (organization_id, idempotency_key, request_hash, state, created_at, expires_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                .setParameter(1, organizationId).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, IdempotencyRecord.IN_FLIGHT).setParameter(5, now)
                .setParameter(6, now.plus(config.keyTtl()))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Granted();
        }
        IdempotencyRecord existing = entityManager.find(IdempotencyRecord.class,
                new IdempotencyRecord.Key(organizationId, key));
        if (existing == null) {
            return new Claim.InFlight(); // released by a failed first request a moment ago: the client may retry
        }
        if (!existing.requestHash.equals(requestHash)) {
            return new Claim.Mismatch();
        }
        if (IdempotencyRecord.COMPLETED.equals(existing.state)) {
            return new Claim.Replay(new StoredResponse(existing.responseStatus, existing.responseBody,
                    existing.responseLocation));
        }
        return new Claim.InFlight();
    }

    /** Does the work and stores its answer under the claimed key, in one transaction. */
    @Transactional
    public <T> T complete(String organizationId, String key, Supplier<T> work, Function<T, StoredResponse> answer) {
        T result = work.get();
        StoredResponse response = answer.apply(result);
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class,
                new IdempotencyRecord.Key(organizationId, key));
        record.state = IdempotencyRecord.COMPLETED;
        record.responseStatus = response.status();
        record.responseBody = response.body();
        record.responseLocation = response.location();
        return result;
    }

    /** Frees a key whose work failed, so the client can retry with it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String organizationId, String key) {
        IdempotencyRecord.delete("organizationId = ?1 and idempotencyKey = ?2 and state = ?3", organizationId, key,
                IdempotencyRecord.IN_FLIGHT);
    }

    /** Forgets the stored answers about a resource that is being removed: they repeat its content. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetAnswersAbout(String organizationId, UUID resourceId) {
        IdempotencyRecord.delete("organizationId = ?1 and responseLocation like ?2", organizationId, "%/" + resourceId);
    }

    /** Every organisation's expired keys at once, so as the service. */
    @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                .run(() -> IdempotencyRecord.delete("expiresAt < ?1", Instant.now())));
    }
}

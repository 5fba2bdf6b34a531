package org.practiceloop.common.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * This service's copy of the API keys: table {@code api_key} (key id, organisation, SHA-256,
 * scopes, revoked, changed at), kept up to date from the {@code api-keys} topic, plus the keys
 * from configuration. Checking a key is one primary-key read in this service's own database.
 */
@ApplicationScoped
public class ApiKeys {

    private final EntityManager entityManager;
    private final List<Static> staticKeys;

    private record Static(String organizationId, String hash, Set<Scope> scopes) {
    }

    ApiKeys(EntityManager entityManager, AuthConfig config) {
        this.entityManager = entityManager;
        this.staticKeys = config.staticKeys().values().stream()
                .map(k -> new Static(k.organization(), k.hash(), Scope.fromWireList(String.join(" ", k.scopes()))))
                .toList();
    }

    /** Applies a change unless a newer one for the same key was applied already. */
    @Transactional
    public void apply(ApiKeyChanged change) {
        entityManager.createNativeQuery("""
                        insert into api_key (key_id, organization_id, key_hash, scopes, revoked, changed_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (key_id) do update set organization_id = excluded.organization_id,
                            key_hash = excluded.key_hash, scopes = excluded.scopes, revoked = excluded.revoked,
                            changed_at = excluded.changed_at
                        where api_key.changed_at <= excluded.changed_at""")
                .setParameter(1, change.keyId()).setParameter(2, change.organizationId())
                .setParameter(3, change.keyHash())
                .setParameter(4, Scope.toWireList(change.scopes()))
                .setParameter(5, change.revoked()).setParameter(6, change.changedAt())
                .executeUpdate();
    }

    /** The caller this key stands for, or empty when it is malformed, unknown or revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> authenticate(String key) {
        Optional<String> keyId = ApiKeyFormat.keyId(key);
        if (keyId.isEmpty()) {
            return Optional.empty();
        }
        String hash = ApiKeyFormat.hash(key); // once per request, whichever copy it is compared with
        for (Static configured : staticKeys) {
            if (ApiKeyFormat.sameHash(hash, configured.hash())) {
                return Optional.of(new Caller(configured.organizationId(), keyId.get(), configured.scopes()));
            }
        }
        List<?> rows = entityManager.createNativeQuery(
                        "select organization_id, key_hash, scopes from api_key where key_id = ?1 and not revoked")
                .setParameter(1, keyId.get()).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .filter(row -> ApiKeyFormat.sameHash(hash, (String) row[1]))
                .map(row -> new Caller((String) row[0], keyId.get(), Scope.fromWireList((String) row[2])))
                .findFirst();
    }
}

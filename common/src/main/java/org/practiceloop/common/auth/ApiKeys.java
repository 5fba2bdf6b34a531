package org.practiceloop.common.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * This service's copy of the API keys: table {@code api_key} (key id, organisation, SHA-256,
 * scopes, revoked, changed at), kept up to date from the {@code api-keys} topic, plus the keys
 * from configuration. Checking a key is one primary-key read in this service's own database.
 *
 * <p>The one table with an organisation and no entity: a key is looked up to learn which
 * organisation the request is, before it has a tenant, and a change arrives for any organisation.
 * Both statements therefore span organisations; the lookup says so, the upsert sets the row's.
 */
@ApplicationScoped
public class ApiKeys {

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final List<Static> staticKeys;

    private record Static(String organizationId, String hash, Set<Scope> scopes) {
    }

    ApiKeys(EntityManager entityManager, DataSource dataSource, AuthConfig config) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
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

    /**
     * The caller this key stands for, or empty when it is malformed, unknown or revoked. Plain
     * JDBC: it runs before the request has a tenant, and a Hibernate session opened now would
     * serve the rest of the request with the wrong one.
     */
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select organization_id, key_hash, scopes from api_key where key_id = ? and not revoked"
                                + " /* every organisation, the key tells which one the caller is */")) {
            select.setString(1, keyId.get());
            try (ResultSet row = select.executeQuery()) {
                return row.next() && ApiKeyFormat.sameHash(hash, row.getString(2))
                        ? Optional.of(new Caller(row.getString(1), keyId.get(), Scope.fromWireList(row.getString(3))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the API keys", e);
        }
    }
}

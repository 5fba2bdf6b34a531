package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceloop.common.auth.ApiKeyChanged;
import org.practiceloop.common.auth.ApiKeyFormat;
import org.practiceloop.common.auth.ApiKeys;
import org.practiceloop.common.auth.Scope;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.domain.IssuedApiKey;
import org.practiceloop.feedback.domain.Organization;
import org.practiceloop.outbox.OutboxWriter;

/**
 * The operator's side of organisations and their keys. Every key change goes on the compacted
 * topic {@code api-keys} through the outbox, in the transaction that records it, so every
 * service learns it; this service also applies it to its own copy at once.
 */
@ApplicationScoped
@Transactional
public class ApiKeyAdministration {

    /** A key as issued: the only moment its secret part exists outside the caller's hands. */
    public record NewKey(IssuedApiKey issued, String key) {
    }

    private final OutboxWriter outbox;
    private final ApiKeys keys;

    ApiKeyAdministration(OutboxWriter outbox, ApiKeys keys) {
        this.outbox = outbox;
        this.keys = keys;
    }

    public Organization createOrganization(String id, String name) {
        if (Organization.findById(id) != null) {
            throw ProblemException.of(Response.Status.CONFLICT, "Organisation " + id + " exists already.");
        }
        Organization organization = new Organization();
        organization.id = id;
        organization.name = name;
        organization.createdAt = Instant.now();
        organization.persist();
        return organization;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organization> organizations() {
        return Organization.listAll();
    }

    /** {@code providedKey}: a key the operator chose (e.g. the local stack's DEMO_API_KEY); generated when empty. */
    public NewKey issue(String organizationId, String name, Set<Scope> scopes, Optional<String> providedKey) {
        existing(organizationId);
        String key = providedKey.orElseGet(ApiKeyFormat::newKey);
        String keyId = ApiKeyFormat.keyId(key).orElseThrow(() -> ProblemException.invalidField("key",
                "must look like pl_<12 hex characters>_<43 characters of base64url>"));
        if (IssuedApiKey.findById(keyId) != null) {
            throw ProblemException.of(Response.Status.CONFLICT, "A key with id " + keyId + " exists already.");
        }
        IssuedApiKey issued = new IssuedApiKey();
        issued.keyId = keyId;
        issued.organizationId = organizationId;
        issued.name = name;
        issued.scopes = Scope.toWireList(scopes);
        issued.createdAt = Instant.now();
        issued.persist();
        publish(new ApiKeyChanged(keyId, organizationId, ApiKeyFormat.hash(key), EnumSet.copyOf(scopes), false,
                issued.createdAt));
        return new NewKey(issued, key);
    }

    /** Revoking twice is the same as once. Services refuse the key as soon as the change reaches them. */
    public IssuedApiKey revoke(String organizationId, String keyId) {
        IssuedApiKey issued = IssuedApiKey.issuedTo(organizationId, keyId).orElseThrow(() -> noKey(keyId));
        if (issued.revokedAt == null) {
            issued.revokedAt = Instant.now();
            publish(new ApiKeyChanged(keyId, organizationId, "revoked", Scope.fromWireList(issued.scopes), true, issued.revokedAt));
        }
        return issued;
    }

    /** A new key with the same name and scopes; the old one is revoked in the same transaction. */
    public NewKey rotate(String organizationId, String keyId) {
        IssuedApiKey old = IssuedApiKey.issuedTo(organizationId, keyId).orElseThrow(() -> noKey(keyId));
        if (old.revokedAt != null) {
            throw ProblemException.of(Response.Status.CONFLICT, "Key " + keyId + " is revoked; issue a new one.");
        }
        NewKey replacement = issue(organizationId, old.name, Scope.fromWireList(old.scopes), Optional.empty());
        old.replacedBy = replacement.issued().keyId;
        revoke(organizationId, keyId);
        return replacement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssuedApiKey> keysOf(String organizationId) {
        existing(organizationId);
        return IssuedApiKey.ofOrganization(organizationId);
    }

    private void publish(ApiKeyChanged change) {
        keys.apply(change);
        outbox.append(ApiKeyChanged.TOPIC, change.keyId(),
                EventEnvelope.of(ApiKeyChanged.TYPE, ApiKeyChanged.VERSION, change.organizationId(), change));
    }

    private static Organization existing(String organizationId) {
        Organization organization = Organization.findById(organizationId);
        if (organization == null) {
            throw ProblemException.of(Response.Status.NOT_FOUND, "No organisation " + organizationId + ".");
        }
        return organization;
    }


    private static ProblemException noKey(String keyId) {
        return ProblemException.of(Response.Status.NOT_FOUND, "No key " + keyId + " in this organisation.");
    }
}

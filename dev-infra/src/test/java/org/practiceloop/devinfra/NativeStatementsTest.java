package org.practiceloop.devinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tenant-scope rule on samples, so the check each service runs can be seen to fail. */
class NativeStatementsTest {

    private static final Set<String> TENANT_TABLES = Set.of("plan_email", "erased_candidate");
    private static final Path FILE = Path.of("Sample.java");

    @Test
    void aStatementOnATenantTableThatNamesNoOrganisationIsCaught() {
        assertThat(offending("""
                class Sample {
                    static final String CLAIM = \"""
                            select * from plan_email where candidate_id = ?1\""";
                    void erase() {
                        em.createNativeQuery("delete from erased_candidate where candidate_id = ?1");
                        em.createNativeQuery("insert into erased_candidate (candidate_id, erased_at) values (?1, now())");
                    }
                }"""))
                .extracting(NativeStatements.Statement::line).containsExactly(2, 5, 6); // where each literal opens
    }

    @Test
    void aStatementThatComparesOrSetsTheOrganisationPasses() {
        assertThat(offending("""
                class Sample {
                    void erase() {
                        em.createNativeQuery("select 1 from erased_candidate where organization_id = ?1 and candidate_id = ?2");
                        em.createNativeQuery(\"""
                                insert into erased_candidate (organization_id, candidate_id, erased_at)
                                values (?1, ?2, now()) on conflict do nothing\""");
                        em.createNativeQuery("delete from plan_email p where p.organization_id in (?1)");
                    }
                }""")).isEmpty();
    }

    @Test
    void aConcatenatedTableIsUnknownSoItIsChecked() {
        assertThat(offending("""
                class Sample {
                    void erase(String table) {
                        em.createNativeQuery("delete from " + table + " where candidate_id = ?1");
                        em.createNativeQuery("delete from " + table
                                + " where organization_id = ?1 and candidate_id = ?2");
                    }
                }""")).extracting(NativeStatements.Statement::sql).containsExactly("delete from ${} where candidate_id = ?1");
    }

    @Test
    void onlyAClaimOrTheDeclarationSpansOrganisations() {
        assertThat(offending("""
                class Sample {
                    static final String CLAIM = "select * from plan_email where status = 'PENDING' limit 1 for update skip locked";
                    static final String LOCKED = "select * from plan_email where status = 'PENDING' for update";
                    static final String SWEEP = "delete from plan_email where sent_at < ?1 /* every organisation, expired */";
                    static final String HIDDEN = "delete from /* past retention */ plan_email where sent_at < ?1";
                }""")).extracting(NativeStatements.Statement::line).containsExactly(3, 5);
    }

    @Test
    void otherTablesJpqlTextAndCommentsAreNotStatementsOnTenantTables() {
        assertThat(offending("""
                class Sample {
                    // em.createNativeQuery("delete from plan_email");
                    /* "delete from plan_email" */
                    char quote = '"';
                    String jpql = "update PlanEmail e set e.status = ?1 where e.status = ?2";
                    String lock = "select 1 from pg_advisory_xact_lock(?1, hashtext(?2))";
                    String text = "Could not select the plan_email rows";
                }""")).isEmpty();
    }

    @Test
    void tenantTablesAreThoseWhoseMigrationsGiveThemAnOrganisation(@TempDir Path migrations) throws IOException {
        Files.writeString(migrations.resolve("V1__first.sql"), """
                -- organization_id is named in this comment only
                create table processed_event (event_id uuid primary key, processed_at timestamptz not null);
                create table organization (id text primary key, name text not null);
                create table plan_email (
                    id uuid primary key,
                    organization_id text not null,
                    unique (organization_id, id)
                );
                """);
        Files.writeString(migrations.resolve("V2__second.sql"),
                "alter table processed_event add column organization_id text;\n");
        assertThat(NativeStatements.tenantTables(migrations)).containsExactly("plan_email", "processed_event");
    }

    private static List<NativeStatements.Statement> offending(String source) {
        List<NativeStatements.Statement> statements = NativeStatements.in(FILE, source);
        assertThat(statements).as("the sample holds statements").isNotEmpty();
        return statements.stream().filter(s -> !NativeStatements.keepsToItsOrganisation(s, TENANT_TABLES)).toList();
    }
}

package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.MutableClock;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceTestBase;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Audit tests tamper with the store and move the clock, so they run on a schema of their own and
 * start each test from an empty event store.
 */
abstract class AuditTestBase extends ServiceTestBase {

    private static final PostgresSchema AUDIT_SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void auditDatabase(DynamicPropertyRegistry registry) {
        register(registry, AUDIT_SCHEMA);
    }

    @Autowired
    MutableClock clock;

    /** The clock is shared by all test contexts: put it back where the others expect it. */
    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START);
    }

    @BeforeEach
    void emptyStore() {
        jdbc.update("DELETE FROM digest_stream_head");
        jdbc.update("DELETE FROM store_digest");
        jdbc.update("DELETE FROM snapshot_event_entry");
        jdbc.update("DELETE FROM domain_event_entry");
        jdbc.update("DELETE FROM stream_registry");
    }

    /** A proposal, then its acceptance an hour later: two events, and the summary that makes them visible. */
    String agreementInTrial() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        clock.advance(Duration.ofHours(1));
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM agreement_summary WHERE agreement_id = CAST(? AS uuid) AND last_sequence = 1",
                Long.class, id) == 1);
        return id;
    }

    JsonNode verify(String body) {
        Response r = as("auditor").post("/api/audit/verification", body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    JsonNode takeDigest() {
        Response r = as("auditor").post("/api/audit/digests", null);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json();
    }
}

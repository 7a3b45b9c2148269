package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read models dropped and rebuilt from the events come out equal to the live ones. */
@PostgresIntegrationTest
class ProjectionRebuildTest extends AuditTestBase {

    @Test
    void read_models_rebuilt_from_the_events_equal_the_live_ones() {
        jdbc.update("DELETE FROM equity_stake");
        jdbc.update("DELETE FROM agreement_finance");
        jdbc.update("DELETE FROM agreement_summary");
        String id = agreementInTrial();
        as("qinling").post("/api/agreements/" + id + "/purchase", null);
        as("university").post("/api/agreements/" + id + "/payments", "{\"reference\": \"T-1\", \"amount\": {\"amount\": \"5000.00\"}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT last_sequence FROM agreement_finance WHERE agreement_id = CAST(? AS uuid)", Long.class, id) == 3);

        assertThat(as("auditor").post("/api/audit/projections/rebuild", null).status()).isEqualTo(403);
        Response rebuilt = as("operator").post("/api/audit/projections/rebuild", null);

        assertThat(rebuilt.status()).as(rebuilt.text()).isEqualTo(200);
        JsonNode result = rebuilt.json();
        assertThat(result.get("equal").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("rows").get("agreement_summary").asInt()).isEqualTo(1);
        assertThat(result.get("rows").get("agreement_finance").asInt()).isEqualTo(1);
        assertThat(result.get("processors").get("agreement-summary").get("equal").asBoolean()).isTrue();
        assertThat(result.get("processors").get("agreement-summary").get("rows").get("agreement_summary").asInt())
                .isEqualTo(1);
    }
}

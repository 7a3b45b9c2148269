package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A digest after the first verifies what was appended since the previous digest, continuing each
 * stream from its head there; the whole store is verified on demand.
 */
@PostgresIntegrationTest
class IncrementalDigestTest extends AuditTestBase {

    private static final String FINDINGS = "{\"summary\": \"noise down 4 dB\", \"measuredResults\": []}";

    @Test
    void a_later_digest_reads_only_what_was_appended_and_full_verification_still_reads_everything() {
        String older = agreementInTrial();
        takeDigest();
        jdbc.update("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x21'::bytea from 20 for 1)"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", older);
        String newer = agreementInTrial();

        JsonNode second = takeDigest();

        assertThat(second.get("streams").asInt()).isEqualTo(2);
        assertThat(second.get("eventCount").asLong()).isEqualTo(4);
        JsonNode full = verify("{}");
        assertThat(full.get("verified").asBoolean()).isFalse();
        assertThat(full.get("firstBroken").get("aggregateId").asText()).isEqualTo(older);
        assertThat(verify("{\"aggregateId\": \"" + newer + "\"}").get("verified").asBoolean()).isTrue();
    }

    @Test
    void an_event_appended_since_the_previous_digest_is_verified_before_the_next_digest_blesses_it() {
        String id = agreementInTrial();
        takeDigest();
        assertThat(as("qinling").post("/api/agreements/" + id + "/trial-findings", FINDINGS).status()).isEqualTo(200);
        jdbc.update("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x21'::bytea from 20 for 1)"
                + " WHERE aggregate_identifier = ? AND sequence_number = 2", id);

        Response refused = as("auditor").post("/api/audit/digests", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("firstBroken").get("aggregateId").asText()).isEqualTo(id);
        assertThat(refused.json().get("firstBroken").get("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void events_removed_after_the_previous_digest_are_named_by_the_next() {
        String id = agreementInTrial();
        takeDigest();
        assertThat(as("qinling").post("/api/agreements/" + id + "/trial-findings", FINDINGS).status()).isEqualTo(200);
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2", id);

        Response refused = as("auditor").post("/api/audit/digests", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("firstBroken").get("aggregateId").asText()).isEqualTo(id);
        assertThat(refused.json().get("firstBroken").get("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void an_event_committed_late_below_the_previous_digest_position_is_covered_by_the_next() {
        String id = agreementInTrial();
        JsonNode first = takeDigest();
        // as if the next event had taken a position the previous digest already covered, committing after it
        jdbc.update("UPDATE store_digest SET covered_global_index = covered_global_index + 1000 WHERE id = ?",
                first.get("id").asLong());
        assertThat(as("qinling").post("/api/agreements/" + id + "/trial-findings", FINDINGS).status()).isEqualTo(200);

        JsonNode second = takeDigest();

        assertThat(jdbc.queryForObject("SELECT sequence_number FROM digest_stream_head WHERE digest_id = ?"
                + " AND aggregate_identifier = ?", Long.class, second.get("id").asLong(), id)).isEqualTo(2);
        JsonNode againstSecond = verify("{\"digestId\": " + second.get("id").asLong() + "}");
        assertThat(againstSecond.get("verified").asBoolean()).isTrue();
        assertThat(againstSecond.get("events").asLong()).isEqualTo(3);
    }
}

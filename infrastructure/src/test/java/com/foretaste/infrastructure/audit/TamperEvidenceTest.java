package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of tampering done directly in PostgreSQL makes verification fail and name the first
 * broken place; an untouched store verifies.
 */
@PostgresIntegrationTest
class TamperEvidenceTest extends AuditTestBase {

    @Test
    void an_untouched_store_verifies_stream_by_stream_and_against_a_digest() {
        String a = agreementInTrial();
        agreementInTrial();
        JsonNode digest = takeDigest();

        assertThat(verify("{\"aggregateId\": \"" + a + "\"}").get("verified").asBoolean()).isTrue();
        JsonNode all = verify("{\"digestId\": " + digest.get("id") + ", \"root\": \"" + digest.get("root").asText() + "\"}");
        assertThat(all.get("verified").asBoolean()).isTrue();
        assertThat(all.get("streams").asLong()).isEqualTo(2);
        assertThat(all.get("events").asLong()).isEqualTo(4);
    }

    @Test
    void a_changed_payload_byte_is_named() {
        String id = agreementInTrial();
        jdbc.update("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x21'::bytea from 20 for 1)"
                + " WHERE aggregate_identifier = ? AND sequence_number = 1", id);
        assertBrokenAt(verify("{\"aggregateId\": \"" + id + "\"}"), id, 1);
    }

    /** Streams are hashed in parallel; the answer is still the first broken stream in aggregate id order. */
    @Test
    void with_several_streams_tampered_the_whole_store_names_the_first_in_stream_order() {
        List<String> ids = new ArrayList<>(List.of(agreementInTrial(), agreementInTrial(), agreementInTrial()));
        Collections.sort(ids);
        jdbc.update("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x21'::bytea from 20 for 1)"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", ids.get(2));
        jdbc.update("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x21'::bytea from 20 for 1)"
                + " WHERE aggregate_identifier = ? AND sequence_number = 1", ids.get(1));

        JsonNode all = verify("{}");

        assertBrokenAt(all, ids.get(1), 1);
        assertThat(all.get("streams").asLong()).isEqualTo(3);
        assertThat(all.get("events").asLong()).as("the events of the stream before it").isEqualTo(2);
    }

    @Test
    void changed_metadata_is_named() {
        String id = agreementInTrial();
        jdbc.update("UPDATE domain_event_entry SET meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'),"
                + " 'university', 'impostor'), 'UTF8') WHERE aggregate_identifier = ? AND sequence_number = 0", id);
        assertBrokenAt(verify("{\"aggregateId\": \"" + id + "\"}"), id, 0);
    }

    @Test
    void a_deleted_event_is_named() {
        String id = agreementInTrial();
        as("university").post("/api/agreements/" + id + "/trial-extensions",
                "{\"additionalMonths\": 1, \"licenseeRequest\": \"one more month\"}");
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", id);
        assertBrokenAt(verify("{\"aggregateId\": \"" + id + "\"}"), id, 1);
    }

    @Test
    void two_swapped_events_are_named() {
        String id = agreementInTrial();
        as("university").post("/api/agreements/" + id + "/trial-extensions",
                "{\"additionalMonths\": 1, \"licenseeRequest\": \"one more month\"}");
        jdbc.update("UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = ? AND sequence_number = 1", id);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 1 WHERE aggregate_identifier = ? AND sequence_number = 2", id);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 2 WHERE aggregate_identifier = ? AND sequence_number = -1", id);
        assertBrokenAt(verify("{\"aggregateId\": \"" + id + "\"}"), id, 1);
    }

    @Test
    void a_truncated_tail_is_named_against_the_digest() {
        String id = agreementInTrial();
        JsonNode digest = takeDigest();
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", id);

        assertThat(verify("{\"aggregateId\": \"" + id + "\"}").get("verified").asBoolean())
                .as("what is left of the stream is a valid chain on its own").isTrue();
        assertBrokenAt(verify("{\"digestId\": " + digest.get("id") + "}"), id, 1);
    }

    @Test
    void a_whole_stream_deleted_after_a_digest_is_named() {
        agreementInTrial();
        String removed = agreementInTrial();
        JsonNode digest = takeDigest();
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", removed);

        assertBrokenAt(verify("{\"digestId\": " + digest.get("id") + "}"), removed, 0);
    }

    @Test
    void a_rewritten_digest_does_not_match_the_root_the_auditor_kept() {
        agreementInTrial();
        JsonNode digest = takeDigest();
        jdbc.update("UPDATE digest_stream_head SET head_hash = overlay(head_hash placing '\\x00'::bytea from 1 for 1)");
        JsonNode result = verify("{\"digestId\": " + digest.get("id") + ", \"root\": \"" + digest.get("root").asText() + "\"}");
        assertThat(result.get("verified").asBoolean()).isFalse();
        assertThat(result.get("firstBroken").get("problem").asText()).contains("root you kept");
    }

    private static void assertBrokenAt(JsonNode result, String aggregateId, long sequence) {
        assertThat(result.get("verified").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.get("firstBroken").get("aggregateId").asText()).isEqualTo(aggregateId);
        assertThat(result.get("firstBroken").get("sequence").asLong()).isEqualTo(sequence);
        assertThat(result.get("firstBroken").get("problem").asText()).isNotBlank();
    }
}

package com.foretaste.infrastructure.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceTestBase;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each family of meters served for a Prometheus scrape moves with the action it counts: commands by type
 * and outcome, end-of-day runs, read-model lag per processor and segment, digests and verifications (a
 * broken chain shows). On a schema of its own: it closes days and tampers with an event. Scrapes here come
 * from outside the configured scraper network, so only operators read them.
 */
@PostgresIntegrationTest
@AutoConfigureObservability(tracing = false) // Spring Boot's tests export no metrics unless asked to
class OperatorMetricsApiTest extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();
    private static final String SUMMARY = "agreement-summary";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
        registry.add("foretaste.security.metrics-scrapers", () -> "192.0.2.0/24");
    }

    @Autowired
    EventProcessingConfiguration processing;

    /** Other tests of the run expect the clock where it was. */
    @AfterEach
    void clockBack() {
        TestClockConfiguration.CLOCK.set(TestClockConfiguration.START);
    }

    @Test
    void outside_the_scraper_network_only_an_operator_reads_the_metrics() {
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as("university").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("operator").get("/actuator/prometheus").status()).isEqualTo(200);
    }

    @Test
    void commands_are_timed_by_type_and_outcome_with_the_rule_a_rejection_broke() {
        Scrape before = scrape();
        String id = proposed();
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        Api.Response again = as("qinling").post("/api/agreements/" + id + "/acceptance", null);
        assertThat(again.status()).isEqualTo(409);
        String rule = again.json().get("rule").asText();

        Scrape after = scrape();
        assertThat(increase(before, after, "foretaste_commands_seconds_count", "command=\"ProposeAgreement\"",
                "outcome=\"accepted\"")).isEqualTo(1);
        assertThat(increase(before, after, "foretaste_commands_seconds_count", "command=\"AcceptTrial\"",
                "outcome=\"accepted\"")).isEqualTo(1);
        assertThat(increase(before, after, "foretaste_commands_seconds_count", "command=\"AcceptTrial\"",
                "outcome=\"rejected\"", "rule=\"" + rule + "\"")).isEqualTo(1);
        assertThat(increase(before, after, "foretaste_commands_seconds_sum", "command=\"AcceptTrial\"")).isPositive();
    }

    @Test
    void an_end_of_day_run_is_counted_when_it_starts_and_when_it_ends_with_its_duration() {
        Scrape before = scrape();

        JsonNode run = close(today().plusDays(1));

        Scrape after = scrape();
        assertThat(increase(before, after, "foretaste_endofday_runs_started_total")).isEqualTo(1);
        assertThat(increase(before, after, "foretaste_endofday_runs_seconds_count", "state=\"COMPLETED\"")).isEqualTo(1);
        assertThat(after.value("foretaste_endofday_running_seconds")).hasValue(0);
        assertThat(after.value("foretaste_endofday_failures_open")).hasValue(0);
        assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
    }

    /** The lag is head minus each segment's saved position: it grows while a processor stands still and goes back to 0. */
    @Test
    void read_model_lag_shows_per_processor_and_segment_and_falls_back_to_zero() {
        StreamingEventProcessor summary = processing.eventProcessor(SUMMARY, StreamingEventProcessor.class).orElseThrow();
        proposed();
        awaitLag(0);
        summary.shutDown();
        try {
            proposed();
            proposed();
            // every segment reads the whole store: the two events are behind each of the four
            awaitLag(8);
            assertThat(scrape().sum("foretaste_readmodel_lag_events", "processor=\"" + SUMMARY + "\"",
                    "segment=\"0\"")).isEqualTo(2);
        } finally {
            summary.start();
        }
        awaitLag(0);
        assertThat(scrape().text()).contains("foretaste_readmodel_lag_events{application=\"foretaste\",processor=\""
                + SUMMARY + "\",segment=\"3\"} 0.0");
    }

    @Test
    void digests_and_verifications_are_counted_and_a_broken_chain_shows_until_the_store_verifies_again() {
        String id = proposed();
        Scrape before = scrape();
        assertThat(as("auditor").post("/api/audit/digests", null).status()).isEqualTo(201);
        assertThat(verify()).isTrue();
        Scrape verified = scrape();
        assertThat(increase(before, verified, "foretaste_audit_digests_total", "outcome=\"taken\"")).isEqualTo(1);
        assertThat(increase(before, verified, "foretaste_audit_verifications_total", "scope=\"store\"",
                "result=\"verified\"")).isEqualTo(1);
        assertThat(verified.value("foretaste_audit_store_broken")).hasValue(0);

        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 0", byte[].class, id);
        jdbc.update("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x21'::bytea from 20 for 1)"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", id);
        try {
            assertThat(verify()).isFalse();
            Scrape broken = scrape();
            assertThat(increase(verified, broken, "foretaste_audit_verifications_total", "scope=\"store\"",
                    "result=\"broken\"")).isEqualTo(1);
            assertThat(broken.value("foretaste_audit_store_broken")).hasValue(1);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 0",
                    payload, id);
        }
        assertThat(verify()).isTrue();
        assertThat(scrape().value("foretaste_audit_store_broken")).hasValue(0);
    }

    private boolean verify() {
        Api.Response r = as("operator").post("/api/audit/verification", "{}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get("verified").asBoolean();
    }

    private String proposed() {
        Api.Response r = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    /**
     * Until the four segments of the processor are, together, this far behind the head. A segment saves its
     * position past events it does not handle when its claim is due for extension, on Axon's clock, which is
     * the test clock: it is moved on a few seconds per look, as time would pass.
     */
    private void awaitLag(double lag) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            TestClockConfiguration.CLOCK.advance(Duration.ofSeconds(6));
            Scrape scrape = scrape();
            for (int segment = 0; segment < 4; segment++) {
                assertThat(scrape.value("foretaste_readmodel_lag_events", "processor=\"" + SUMMARY + "\"",
                        "segment=\"" + segment + "\"")).as("segment " + segment).isPresent();
            }
            assertThat(scrape.sum("foretaste_readmodel_lag_events", "processor=\"" + SUMMARY + "\"")).isEqualTo(lag);
        });
    }

    private Scrape scrape() {
        return Scrape.of(as("operator"));
    }

    private static double increase(Scrape before, Scrape after, String sample, String... labels) {
        return after.sum(sample, labels) - before.sum(sample, labels);
    }
}

package com.foretaste.infrastructure.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceTestBase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /actuator/health turns DOWN, and names why to an operator, for a read model that stopped taking events
 * (its handler fails, or its processor stopped) and for a stuck end-of-day run (going for longer than the
 * limit, or its node silent); it comes back UP once the cause is gone. Handlers log with the correlation id
 * and principal of their message. Scrapes from this machine need no user (the default scraper network).
 */
@PostgresIntegrationTest
@AutoConfigureObservability(tracing = false)
@Import(HealthProbes.class)
@ExtendWith(OutputCaptureExtension.class)
class HealthIndicatorsApiTest extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
        // no node here takes over a run whose node went silent, as when every other node is down
        registry.add("db-scheduler.missed-heartbeats-limit", () -> "1000");
        // Axon saves a segment's position past events it does not handle on its own clock, the frozen test
        // clock here: such segments would stand still and count as stalled; the stall rule is tested on its own
        registry.add("foretaste.monitoring.processor-stalled-after", () -> "PT1H");
    }

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    Serializer serializer;

    @Test
    void a_read_model_whose_handler_fails_turns_health_down_until_it_handles_the_event() {
        awaitHealth("readModels", "UP");
        HealthProbes.FAILING.set(true);
        try {
            proposed("failing-read-model");
            JsonNode down = awaitHealth("readModels", "DOWN");
            assertThat(down.get("details").get("processors").get(HealthProbes.FAILING_GROUP).get("status").asText())
                    .contains("in error").contains("the test read model fails on AgreementProposed");
            assertThat(anonymous().get("/actuator/health").status()).isEqualTo(503);
        } finally {
            HealthProbes.FAILING.set(false);
        }
        awaitHealth("readModels", "UP");
    }

    /** A segment no node moves (its node died, or it fails between claims) is named once it stood still too long. */
    @Test
    void a_segment_behind_the_head_whose_position_stands_still_is_stalled_until_it_moves() {
        proposed("stalled-segment");
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        SerializedObject<byte[]> behind = serializer.serialize(GapAwareTrackingToken.newInstance(head - 1, List.of()),
                byte[].class);
        jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, owner) VALUES"
                + " ('test-stalled', 0, ?, ?, 'a-node-that-died')", behind.getData(), behind.getType().getName());
        try {
            StalledSegments stalled = new StalledSegments(new ProcessorPositions(jdbc, serializer), Duration.ofMillis(50));
            assertThat(stalled.check()).as("first seen standing: not yet stalled").doesNotContainKey("test-stalled segment 0");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(stalled.check())
                    .containsEntry("test-stalled segment 0", "stalled: 1 events behind the head at position " + (head - 1)
                            + " for 0 s, held by a-node-that-died"));

            SerializedObject<byte[]> caughtUp = serializer.serialize(GapAwareTrackingToken.newInstance(head, List.of()),
                    byte[].class);
            jdbc.update("UPDATE token_entry SET token = ? WHERE processor_name = 'test-stalled'", caughtUp.getData());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(stalled.check())
                    .doesNotContainKey("test-stalled segment 0"));
        } finally {
            jdbc.update("DELETE FROM token_entry WHERE processor_name = 'test-stalled'");
        }
    }

    @Test
    void a_stopped_read_model_turns_health_down_until_it_runs_again() {
        StreamingEventProcessor summary = processing.eventProcessor("agreement-summary", StreamingEventProcessor.class)
                .orElseThrow();
        summary.shutDown();
        try {
            JsonNode down = awaitHealth("readModels", "DOWN");
            assertThat(down.get("details").get("processors").get("agreement-summary").get("status").asText())
                    .startsWith("stopped");
            assertThat(Scrape.of(anonymous()).value("foretaste_health", "component=\"readModels\"")).hasValue(0);
        } finally {
            summary.start();
        }
        awaitHealth("readModels", "UP");
        assertThat(Scrape.of(anonymous()).value("foretaste_health", "component=\"readModels\"")).hasValue(1);
    }

    @Test
    void a_run_going_for_longer_than_the_limit_turns_health_down_until_it_ends(CapturedOutput output) {
        String id = proposed("stuck-run");
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        CountDownLatch release = new CountDownLatch(1);
        HealthProbes.VISITS_WAIT.set(release);
        String runLocation;
        try {
            Api.Response started = as("operator").withHeader("X-Correlation-Id", "stuck-run-under-test")
                    .post("/api/business-days/" + today().plusMonths(1).plusDays(2) + "/close", null);
            assertThat(started.status()).as(started.text()).isEqualTo(202);
            runLocation = started.location();
            String run = runLocation.substring(runLocation.lastIndexOf('/') + 1);
            assertThat(health().get("components").get("endOfDay").get("status").asText())
                    .as("a run that just started is not stuck").isEqualTo("UP");

            // the run was requested three hours ago, longer than foretaste.end-of-day.stuck-after (two hours)
            jdbc.update("UPDATE end_of_day_run SET requested_at = requested_at - interval '3 hours' WHERE id = ?",
                    UUID.fromString(run));

            JsonNode down = awaitHealth("endOfDay", "DOWN");
            assertThat(down.get("details").get(run).asText()).startsWith("stuck: running for 10800 s");
        } finally {
            release.countDown();
            HealthProbes.VISITS_WAIT.set(null);
        }
        assertThat(finished(runLocation).get("state").asText()).isEqualTo("COMPLETED");
        awaitHealth("endOfDay", "UP");
        assertThat(output.getAll()).as("the run logs with its request's correlation id, as the system")
                .contains("[stuck-run-under-test system] ");
    }

    /** The node executing a run stopped beating its heartbeat and no node took the run over. */
    @Test
    void a_run_whose_node_went_silent_turns_health_down() {
        UUID run = UUID.randomUUID();
        LocalDate today = today();
        jdbc.update("INSERT INTO end_of_day_run (id, from_date, target, state, dates_done, dates_total, requested_by,"
                + " correlation_id, requested_at) VALUES (?, ?, ?, 'RUNNING', 0, 1, 'operator', 'silent-node', now())",
                run, today, today.plusDays(1));
        jdbc.update("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,"
                + " last_heartbeat, version) VALUES ('end-of-day', ?, now(), TRUE, 'a-node-that-died',"
                + " now() - interval '1 minute', 1)", run.toString());
        try {
            JsonNode down = awaitHealth("endOfDay", "DOWN");
            assertThat(down.get("details").get(run.toString()).asText())
                    .contains("its node a-node-that-died has not beaten its heartbeat since");
        } finally {
            jdbc.update("DELETE FROM scheduled_tasks WHERE task_instance = ?", run.toString());
            jdbc.update("UPDATE end_of_day_run SET state = 'FAILED', finished_at = now() WHERE id = ?", run);
        }
        awaitHealth("endOfDay", "UP");
    }

    @Test
    void event_handlers_log_with_the_correlation_id_and_principal_of_their_event() {
        proposed("logged-with-this-id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(HealthProbes.LOGGED_WITH).containsEntry("logged-with-this-id", "logged-with-this-id university"));
    }

    @Test
    void a_scrape_from_the_scraper_network_needs_no_user() {
        Api.Response scrape = anonymous().get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.text()).contains("foretaste_eventstore_head");
    }

    private String proposed(String correlationId) {
        Api.Response r = as("university").withHeader("X-Correlation-Id", correlationId).post("/api/agreements",
                Proposals.shaanxiStyle(QINLING_ORG).replace("\"trialMonths\": 12", "\"trialMonths\": 1"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private JsonNode health() {
        return as("operator").get("/actuator/health").json();
    }

    private JsonNode awaitHealth(String component, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(health().get("components").get(component).get("status").asText())
                        .as(health().toString()).isEqualTo(status));
        return health().get("components").get(component);
    }
}

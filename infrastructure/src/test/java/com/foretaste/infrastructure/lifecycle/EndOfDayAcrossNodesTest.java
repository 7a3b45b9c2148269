package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceNodes;
import com.foretaste.infrastructure.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several nodes on one database run one end of day: a date is closed once whichever nodes are asked,
 * and a run survives the death (SIGKILL) of the node executing it: another node resumes it, and
 * every date-driven event is recorded exactly once.
 */
class EndOfDayAcrossNodesTest {

    private static final int AGREEMENTS = 30;

    @Test
    void two_nodes_asked_to_close_the_same_date_at_once_close_it_once() throws Exception {
        PostgresSchema schema = PostgresSchema.create();
        try (ConfigurableApplicationContext a = ServiceNodes.inProcess(schema);
             ConfigurableApplicationContext b = ServiceNodes.inProcess(schema)) {
            List<String> ids = agreementsInOneMonthTrials(ServiceNodes.api(a, "university"), ServiceNodes.api(a, "qinling"));
            LocalDate target = today(ServiceNodes.api(a, "operator")).plusMonths(1).plusDays(2);

            CompletableFuture<Api.Response> atA = CompletableFuture.supplyAsync(() -> close(ServiceNodes.api(a, "operator"), target));
            CompletableFuture<Api.Response> atB = CompletableFuture.supplyAsync(() -> close(ServiceNodes.api(b, "operator"), target));
            Api.Response first = atA.get();
            Api.Response second = atB.get();

            assertThat(first.status()).as(first.text()).isEqualTo(202);
            assertThat(second.status()).as(second.text()).isEqualTo(202);
            assertThat(second.json().get("id")).as("one run, whichever node was asked").isEqualTo(first.json().get("id"));
            JsonNode run = finished(ServiceNodes.api(b, "operator"), first.location());
            assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(run.get("aggregates").get("agreements").get("changed").asLong()).isEqualTo(2L * AGREEMENTS);
            assertEveryDateDrivenEventOnce(a.getBean(JdbcTemplate.class), ids, target);
        }
    }

    @Test
    void a_run_whose_node_is_killed_is_resumed_by_another_node_with_every_event_once() throws Exception {
        PostgresSchema schema = PostgresSchema.create();
        int port = ServiceNodes.freePort();
        File log = new File("target/stalling-node-" + port + ".log");
        Process doomed = ServiceNodes.separateProcess(StallingNode.class, schema, port, log,
                "--test.stall-after-visits=" + AGREEMENTS / 2);
        try {
            List<String> ids = agreementsInOneMonthTrials(new Api("http://localhost:" + port, "university", pw()),
                    new Api("http://localhost:" + port, "qinling", pw()));
            Api doomedOperator = new Api("http://localhost:" + port, "operator", pw());
            LocalDate target = today(doomedOperator).plusMonths(1).plusDays(2);
            Api.Response started = close(doomedOperator, target);
            assertThat(started.status()).as(started.text()).isEqualTo(202);

            try (ConfigurableApplicationContext survivor = ServiceNodes.inProcess(schema)) {
                JdbcTemplate jdbc = survivor.getBean(JdbcTemplate.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "TrialEnded") == AGREEMENTS / 2);
                assertThat(runState(ServiceNodes.api(survivor, "operator"), started.location())).isEqualTo("RUNNING");

                doomed.destroyForcibly().waitFor();

                JsonNode run = finished(ServiceNodes.api(survivor, "operator"), started.location());
                assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
                assertThat(run.get("datesDone").asInt()).isEqualTo(run.get("datesTotal").asInt());
                assertEveryDateDrivenEventOnce(jdbc, ids, target);
                Api.Response afterLapse = ServiceNodes.api(survivor, "qinling")
                        .post("/api/agreements/" + ids.get(0) + "/purchase", null);
                assertThat(afterLapse.json().get("type").asText()).as("the calendar is free again for parties' writes")
                        .isEqualTo("urn:foretaste:problem:not-allowed-in-state");
            }
        } finally {
            doomed.destroyForcibly();
        }
    }

    private static String pw() {
        return TestUsers.PASSWORD;
    }

    private static List<String> agreementsInOneMonthTrials(Api university, Api qinling) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AGREEMENTS; i++) {
            String id = university.post("/api/agreements", LifecycleTestBase.proposal(QINLING_ORG,
                    "\"decisionWindowDays\": 1,").replace("\"trialMonths\": 6", "\"trialMonths\": 1")).json().get("id").asText();
            assertThat(qinling.post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
            ids.add(id);
        }
        return ids;
    }

    private static void assertEveryDateDrivenEventOnce(JdbcTemplate jdbc, List<String> ids, LocalDate target) {
        assertThat(jdbc.queryForObject("SELECT business_date FROM business_calendar", LocalDate.class)).isEqualTo(target);
        for (String id : ids) {
            assertThat(count(jdbc, id, "TrialEnded")).as("trial end of " + id).isEqualTo(1);
            assertThat(count(jdbc, id, "AgreementLapsed")).as("lapse of " + id).isEqualTo(1);
        }
    }

    private static Api.Response close(Api operator, LocalDate target) {
        return operator.post("/api/business-days/" + target + "/close", null);
    }

    private static LocalDate today(Api operator) {
        return LocalDate.parse(operator.get("/api/business-days/current").json().get("businessDate").asText());
    }

    private static String runState(Api operator, String location) {
        return operator.get(URI.create(location).getPath()).json().get("state").asText();
    }

    private static JsonNode finished(Api operator, String location) {
        await().atMost(Duration.ofSeconds(90)).until(() -> !"RUNNING".equals(runState(operator, location)));
        return operator.get(URI.create(location).getPath()).json();
    }

    private static long count(JdbcTemplate jdbc, String eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?", Long.class,
                "%$" + eventType);
    }

    private static long count(JdbcTemplate jdbc, String id, String eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE ?", Long.class, id, "%$" + eventType);
    }
}

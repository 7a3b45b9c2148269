package com.foretaste.infrastructure.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceNodes;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.WEIHE_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model's event that fails every attempt is parked with the later events of its aggregate, reported to the
 * operator (endpoint, gauge, health), and handled on the operator's retry once the fault is gone; meanwhile the
 * other aggregates of the same processor, and later events, go on.
 */
class PoisonEventTest {

    private static final String PROCESSOR = "agreement-summary";
    private static ConfigurableApplicationContext node;
    private static FaultyReadModel faulty;

    @BeforeAll
    static void start() {
        node = ServiceNodes.inProcess(PostgresSchema.create(), FaultyReadModel.class);
        faulty = node.getBean(FaultyReadModel.class);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void a_poison_event_is_parked_with_its_aggregate_while_the_others_go_on_and_is_handled_on_retry() {
        faulty.poison(WEIHE_ORG);
        String poisoned = proposeAndAccept(WEIHE_ORG, "weihe");
        String healthy = proposeAndAccept(QINLING_ORG, "qinling");
        Api operator = ServiceNodes.api(node, "operator");
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);

        List<JsonNode> parked = await().atMost(Duration.ofSeconds(30)).until(() -> parked(operator), p -> p.size() == 2);
        JsonNode proposal = parked.get(0);
        assertThat(proposal.get("aggregateId").asText()).isEqualTo(poisoned);
        assertThat(proposal.get("eventType").asText()).isEqualTo("AgreementProposed");
        assertThat(proposal.get("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(proposal.get("cause").asText()).contains(poisoned);
        assertThat(proposal.get("attempts").asLong()).as("once in its batch, then three times alone").isEqualTo(4);
        assertThat(faulty.calls(proposal.get("eventId").asText())).isEqualTo(4);
        JsonNode behind = parked.get(1);
        assertThat(behind.get("eventType").asText()).as("the later event of the aggregate waits behind it")
                .isEqualTo("TrialStarted");
        assertThat(behind.get("attempts").asLong()).isZero();
        assertThat(faulty.calls(behind.get("eventId").asText())).isZero();

        await().atMost(Duration.ofSeconds(20)).until(() -> status(jdbc, healthy), "TRIAL"::equals);
        String later = proposeAndAccept(QINLING_ORG, "qinling");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(jdbc, later), "TRIAL"::equals);
        assertThat(gauge()).isEqualTo(2.0);
        Api.Response health = operator.get("/actuator/health/readModels");
        assertThat(health.json().get("status").asText()).as("parked events leave the service up: " + health.text())
                .isEqualTo("UP");
        JsonNode processors = health.json().get("details").get("processors");
        assertThat(processors.get(PROCESSOR).get("parkedEvents").asLong()).isEqualTo(2);
        assertThat(processors.get("guarantee-read-models").get("parkedEvents").asLong()).isZero();
        assertThat(processors.get("insurance-read-models").get("parkedEvents").asLong()).isZero();
        assertThat(processors.get("policy-claims").has("parkedEvents")).as("process managers never park").isFalse();

        faulty.heal();
        Api.Response retried = operator.post("/api/read-models/" + PROCESSOR + "/dead-letters/retry", null);

        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.json().get("sequencesHandled").asInt()).isEqualTo(1);
        assertThat(retried.json().get("stillParked").asLong()).isZero();
        assertThat(status(jdbc, poisoned)).isEqualTo("TRIAL");
        assertThat(parked(operator)).isEmpty();
        assertThat(gauge()).isZero();
    }

    @Test
    void a_retry_that_fails_again_keeps_the_event_parked_and_counts_the_attempt() {
        faulty.poison(WEIHE_ORG);
        String poisoned = proposeAndAccept(WEIHE_ORG, "weihe");
        Api operator = ServiceNodes.api(node, "operator");
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(operator).stream()
                .anyMatch(p -> p.get("aggregateId").asText().equals(poisoned) && p.has("cause")));

        Api.Response retried = operator.post("/api/read-models/" + PROCESSOR + "/dead-letters/retry", null);

        assertThat(retried.json().get("sequencesHandled").asInt()).isZero();
        JsonNode first = parked(operator).stream().filter(p -> p.get("aggregateId").asText().equals(poisoned))
                .findFirst().orElseThrow();
        assertThat(first.get("attempts").asLong()).isEqualTo(5);
        assertThat(first.get("lastAttempt").asText()).isGreaterThan(first.get("firstAttempt").asText());
        faulty.heal();
        operator.post("/api/read-models/" + PROCESSOR + "/dead-letters/retry", null);
        assertThat(parked(operator)).isEmpty();
    }

    @Test
    void only_operators_retry_and_a_processor_without_dead_letters_is_not_found() {
        Api operator = ServiceNodes.api(node, "operator");
        Api.Response unknown = operator.get("/api/read-models/no-such-processor/dead-letters");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asText()).isEqualTo("urn:foretaste:problem:not-found");
        assertThat(operator.post("/api/read-models/policy-claims/dead-letters/retry", null).status())
                .as("process managers stop on a failing event instead of parking it").isEqualTo(404);
        assertThat(ServiceNodes.api(node, "qinling").post("/api/read-models/" + PROCESSOR + "/dead-letters/retry", null)
                .status()).isEqualTo(403);
    }

    private static String proposeAndAccept(String licensee, String licenseeUser) {
        Api.Response proposed = ServiceNodes.api(node, "university").post("/api/agreements", Proposals.shaanxiStyle(licensee));
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        Api.Response accepted = ServiceNodes.api(node, licenseeUser).post("/api/agreements/" + id + "/acceptance", null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        return id;
    }

    private static List<JsonNode> parked(Api operator) {
        Api.Response response = operator.get("/api/read-models/" + PROCESSOR + "/dead-letters");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<JsonNode> letters = new java.util.ArrayList<>();
        response.json().forEach(letters::add);
        return letters;
    }

    private static String status(JdbcTemplate jdbc, String agreement) {
        return jdbc.queryForList("SELECT status FROM agreement_summary WHERE agreement_id = ?::uuid", String.class, agreement)
                .stream().findFirst().orElse(null);
    }

    private static double gauge() {
        return node.getBean(MeterRegistry.class).get(ParkedEventsGauge.NAME).tag("processor", PROCESSOR).gauge().value();
    }
}

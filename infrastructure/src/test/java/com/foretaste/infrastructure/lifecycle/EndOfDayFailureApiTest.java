package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceTestBase;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An aggregate whose date-driven command fails does not stop the end of day: the run reports it and
 * holds it (its parties' writes wait), every other aggregate gets its events and its parties write
 * on; the operator's retry catches the held aggregate up, each event once.
 */
@PostgresIntegrationTest
@Import(EndOfDayFailureApiTest.Poison.class)
class EndOfDayFailureApiTest extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();
    static final Set<String> POISONED = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
    }

    @Test
    void a_failing_agreement_is_reported_and_held_while_the_others_close_and_write_on() {
        LocalDate today = LocalDate.parse(as("operator").get("/api/business-days/current").json().get("businessDate").asText());
        String healthy = trial(1);
        String failing = trial(1);
        String quiet = trial(6);
        POISONED.add(failing);

        Response started = as("operator").withHeader("X-Correlation-Id", "eod-run-under-test")
                .post("/api/business-days/" + today.plusMonths(1).plusDays(2) + "/close", null);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = finished(started.location());

        assertThat(run.get("state").asText()).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(run.get("failures")).hasSize(1);
        JsonNode failure = run.get("failures").get(0);
        assertThat(failure.get("aggregateId").asText()).isEqualTo(failing);
        assertThat(failure.get("reason").asText()).contains("poisoned for the test");
        assertThat(run.get("aggregates").get("agreements").get("failed").asLong()).isEqualTo(1);
        assertThat(events(healthy, "TrialEnded")).isEqualTo(1);
        assertThat(events(healthy, "AgreementLapsed")).isEqualTo(1);
        assertThat(events(failing, "TrialEnded")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%$TrialEnded' AND meta_data LIKE ?", Long.class, healthy,
                "%eod-run-under-test%".getBytes()))
                .as("the day's events carry the run's correlation id").isEqualTo(1);

        Response held = as("qinling").post("/api/agreements/" + failing + "/purchase", null);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().get("type").asText()).isEqualTo("urn:foretaste:problem:held-by-end-of-day");
        assertThat(as("qinling").post("/api/agreements/" + quiet + "/trial-findings",
                "{\"summary\": \"cycle time down 12%\", \"measuredResults\": []}").status())
                .as("parties of other agreements write on").isEqualTo(200);

        POISONED.remove(failing);
        Response retried = as("operator").post("/api/business-days/failures/" + failure.get("id").asText() + "/retry", null);
        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.json().get("state").asText()).isEqualTo("RETRIED");
        assertThat(events(failing, "TrialEnded")).isEqualTo(1);
        assertThat(events(failing, "AgreementLapsed")).isEqualTo(1);
        assertThat(as("qinling").post("/api/agreements/" + failing + "/purchase", null).json().get("type").asText())
                .as("no longer held: the agreement itself answers").isEqualTo("urn:foretaste:problem:not-allowed-in-state");
        assertThat(as("operator").post("/api/business-days/failures/" + failure.get("id").asText() + "/retry", null)
                .status()).as("a settled failure is not retried again").isEqualTo(409);
    }

    private String trial(int months) {
        String id = as("university").post("/api/agreements", LifecycleTestBase.proposal(QINLING_ORG,
                "\"decisionWindowDays\": 1,").replace("\"trialMonths\": 6", "\"trialMonths\": " + months))
                .json().get("id").asText();
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        return id;
    }

    private long events(String id, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE ?", Long.class, id, "%$" + type);
    }

    /** Makes the date-driven commands of the poisoned agreements fail, as a bug in a decider would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Poison {
        Poison(CommandBus bus) {
            bus.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof ExecuteAgreementCommand envelope
                        && envelope.command() instanceof ObserveBusinessDate
                        && POISONED.contains(envelope.agreementId())) {
                    throw new IllegalStateException("agreement " + envelope.agreementId() + " is poisoned for the test");
                }
                return chain.proceed();
            });
        }
    }
}

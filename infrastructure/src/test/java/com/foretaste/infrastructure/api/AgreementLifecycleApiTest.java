package com.foretaste.infrastructure.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.UNIVERSITY_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PostgresIntegrationTest
class AgreementLifecycleApiTest extends PostgresTestBase {

    @Test
    void a_proposal_accepted_by_the_named_licensee_starts_a_trial_on_that_business_date() {
        Response proposed = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
        assertThat(proposed.status()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        assertThat(proposed.location()).endsWith("/api/agreements/" + id);

        JsonNode before = as("qinling").get("/api/agreements/" + id).json();
        assertThat(before.get("state").asText()).isEqualTo("PROPOSED");
        assertThat(before.get("licensor").get("id").asText()).isEqualTo(UNIVERSITY_ORG);
        assertThat(before.get("licensee").get("name").asText()).isEqualTo("Qinling Robotics Co., Ltd.");
        assertThat(before.get("terms").get("price").get("licenceFee").get("amount").asText()).isEqualTo("300000.00");
        assertThat(before.get("terms").get("decisionWindowDays").asInt()).isEqualTo(30);

        Response accepted = as("qinling").post("/api/agreements/" + id + "/acceptance", null);
        assertThat(accepted.status()).isEqualTo(200);

        JsonNode after = as("university").get("/api/agreements/" + id).json();
        assertThat(after.get("state").asText()).isEqualTo("TRIAL");
        assertThat(after.get("trial").get("startsOn").asText()).isEqualTo("2026-03-02");
        assertThat(after.get("trial").get("endsOn").asText()).isEqualTo("2027-03-01");
        assertThat(after.get("trial").get("decisionWindowEndsOn").asText()).isEqualTo("2027-03-31");
        assertThat(after.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void every_event_carries_who_which_command_why_and_when() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        as("qinling").withHeader("X-Correlation-Id", "onboarding-2026-17")
                .post("/api/agreements/" + id + "/acceptance", null);

        List<JsonNode> events = list(as("university").get("/api/agreements/" + id + "/events").json());
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("AgreementProposed", "TrialStarted");
        assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L);

        JsonNode proposal = events.get(0).get("metadata");
        assertThat(proposal.get("principal").asText()).isEqualTo("university");
        assertThat(proposal.get("organisation").asText()).isEqualTo(UNIVERSITY_ORG);
        assertThat(proposal.get("role").asText()).isEqualTo("LICENSOR");
        assertThat(proposal.get("businessDate").asText()).isEqualTo("2026-03-02");
        assertThat(proposal.get("wallTime").asText()).isEqualTo(TestClockConfiguration.START.toString());
        assertThat(proposal.get("causationId").asText()).isEqualTo(proposal.get("commandId").asText());
        assertThat(proposal.get("correlationId").asText()).isEqualTo(proposal.get("commandId").asText());

        JsonNode acceptance = events.get(1).get("metadata");
        assertThat(acceptance.get("principal").asText()).isEqualTo("qinling");
        assertThat(acceptance.get("role").asText()).isEqualTo("LICENSEE");
        assertThat(acceptance.get("correlationId").asText()).isEqualTo("onboarding-2026-17");
        assertThat(acceptance.get("commandId").asText()).isNotEqualTo(proposal.get("commandId").asText());
        assertThat(events.get(1).get("timestamp").asText()).isEqualTo(TestClockConfiguration.START.toString());
        assertThat(events.get(1).get("payload").get("trial").get("start").asText()).isEqualTo("2026-03-02");
    }

    @Test
    void a_withdrawn_proposal_can_no_longer_be_accepted() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        JsonNode withdrawn = as("university").post("/api/agreements/" + id + "/withdrawal",
                "{\"reason\": \"patent family under opposition\"}").json();
        assertThat(withdrawn.get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("ended").get("reason").asText()).isEqualTo("patent family under opposition");

        Response late = as("qinling").post("/api/agreements/" + id + "/acceptance", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void the_agreement_list_is_a_projection_that_follows_the_events_for_each_party() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        as("qinling").post("/api/agreements/" + id + "/acceptance", null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode row = find(as("qinling").get("/api/agreements?state=TRIAL&size=200").json(), id);
            assertThat(row).isNotNull();
            assertThat(row.get("state").asText()).isEqualTo("TRIAL");
            assertThat(row.get("trial").get("startsOn").asText()).isEqualTo("2026-03-02");
            assertThat(row.get("licensee").get("name").asText()).isEqualTo("Qinling Robotics Co., Ltd.");
            assertThat(row.get("version").asLong()).isEqualTo(1);
        });
        assertThat(find(as("weihe").get("/api/agreements?size=200").json(), id)).isNull();
        assertThat(find(as("operator").get("/api/agreements?size=200").json(), id)).isNotNull();
        assertThat(find(as("auditor").get("/api/agreements?size=200").json(), id))
                .as("the auditor is assigned to the university's agreements").isNotNull();
    }

    private static JsonNode find(JsonNode rows, String id) {
        return list(rows).stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElse(null);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}

package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/** A licence that is never paid: default after the grace period, termination only after the cure period. */
@PostgresIntegrationTest
class TerminationForDefaultApiTest extends LifecycleTestBase {

    @Test
    void an_unpaid_licence_defaults_and_is_terminated_once_the_cure_period_is_over() {
        String id = ok(as("university").post("/api/agreements", proposal(QINLING_ORG, ""))).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        LocalDate purchase = today();
        ok(as("qinling").post("/api/agreements/" + id + "/purchase", null));
        LocalDate due = purchase.plusMonths(1);

        close(due.plusDays(30));
        assertThat(state(id)).as("still within the grace period").isEqualTo("LICENSED");
        LocalDate defaulted = due.plusDays(31);
        close(defaulted);
        assertThat(state(id)).isEqualTo("DEFAULTED");
        JsonNode view = as("university").get("/api/agreements/" + id).json();
        assertThat(view.get("licence").get("defaultedOn").asText()).isEqualTo(defaulted.toString());

        close(defaulted.plusDays(60));
        Response early = as("university").post("/api/agreements/" + id + "/termination", "{\"kind\": \"FOR_DEFAULT\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asText()).isEqualTo("cure-period-running");

        close(defaulted.plusDays(61));
        Response byLicensee = as("qinling").post("/api/agreements/" + id + "/termination", "{\"kind\": \"FOR_DEFAULT\"}");
        assertThat(byLicensee.status()).isEqualTo(403);
        JsonNode terminated = ok(as("university").post("/api/agreements/" + id + "/termination",
                "{\"kind\": \"FOR_DEFAULT\", \"reason\": \"no payment since " + due + "\"}"));
        assertThat(terminated.get("state").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.get("ended").get("on").asText()).isEqualTo(defaulted.plusDays(61).toString());
    }
}

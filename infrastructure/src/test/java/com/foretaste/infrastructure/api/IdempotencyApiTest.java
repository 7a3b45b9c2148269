package com.foretaste.infrastructure.api;

import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.WEIHE_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/** A write repeated with its Idempotency-Key returns the first outcome and records nothing new. */
@PostgresIntegrationTest
class IdempotencyApiTest extends PostgresTestBase {

    @Test
    void a_proposal_sent_twice_with_one_key_creates_one_agreement() {
        Api university = as("university").withHeader("Idempotency-Key", UUID.randomUUID().toString());
        long before = allEventCount();

        Response first = university.post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
        Response second = university.post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(allEventCount()).isEqualTo(before + 1);
        assertThat(eventCount(first.json().get("id").asText())).isEqualTo(1);
    }

    @Test
    void an_acceptance_repeated_with_its_key_returns_the_first_answer_not_a_conflict() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        Api qinling = as("qinling").withHeader("Idempotency-Key", "accept-" + id);

        Response first = qinling.post("/api/agreements/" + id + "/acceptance", null);
        Response second = qinling.post("/api/agreements/" + id + "/acceptance", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void a_refusal_is_also_the_first_outcome_and_is_replayed() {
        Api university = as("university").withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String tooLong = Proposals.shaanxiStyle(QINLING_ORG).replace("\"trialMonths\": 12", "\"trialMonths\": 48");
        long before = allEventCount();

        Response first = university.post("/api/agreements", tooLong);
        Response second = university.post("/api/agreements", tooLong);

        assertThat(first.status()).isEqualTo(400);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(allEventCount()).isEqualTo(before);
    }

    @Test
    void one_key_for_a_different_request_is_refused_with_422() {
        Api university = as("university").withHeader("Idempotency-Key", UUID.randomUUID().toString());
        university.post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
        long before = allEventCount();

        Response other = university.post("/api/agreements", Proposals.shaanxiStyle(WEIHE_ORG));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).isEqualTo("urn:foretaste:problem:idempotency-key-reused");
        assertThat(allEventCount()).isEqualTo(before);
    }

    @Test
    void keys_belong_to_the_principal_that_sent_them() {
        String key = UUID.randomUUID().toString();
        String a = as("university").withHeader("Idempotency-Key", key)
                .post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();

        Response accepted = as("qinling").withHeader("Idempotency-Key", key)
                .post("/api/agreements/" + id + "/acceptance", null);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("id").asText()).isEqualTo(id).isNotEqualTo(a);
    }
}

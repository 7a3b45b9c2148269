package com.foretaste.infrastructure.api;

import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.AGENCY_ORG;
import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal is an RFC 9457 problem document that names what was wrong, and records nothing. */
@PostgresIntegrationTest
class ErrorContractApiTest extends PostgresTestBase {

    @Test
    void an_invalid_term_is_400_naming_the_field_and_rule_and_records_nothing() {
        long before = allEventCount();
        Response r = as("university").post("/api/agreements",
                Proposals.shaanxiStyle(QINLING_ORG).replace("\"trialMonths\": 12", "\"trialMonths\": 37"));
        assertProblem(r, 400, "invalid-input");
        assertThat(r.json().get("field").asText()).isEqualTo("terms.trialMonths");
        assertThat(r.json().get("rule").asText()).isEqualTo("trial-length-limit");
        assertThat(allEventCount()).isEqualTo(before);
    }

    @Test
    void a_malformed_patent_number_is_400_naming_its_position() {
        Response r = as("university").post("/api/agreements",
                Proposals.shaanxiStyle(QINLING_ORG).replace("ZL202310123456.7", "ZL2023-1"));
        assertProblem(r, 400, "invalid-input");
        assertThat(r.json().get("field").asText()).isEqualTo("patents[1]");
        assertThat(r.json().get("rule").asText()).isEqualTo("patent-number-shape");
    }

    @Test
    void a_licensee_that_is_not_a_registered_company_is_400() {
        Response r = as("university").post("/api/agreements", Proposals.shaanxiStyle(AGENCY_ORG));
        assertProblem(r, 400, "invalid-input");
        assertThat(r.json().get("rule").asText()).isEqualTo("licensee-registered");
        assertThat(r.json().get("field").asText()).isEqualTo("licensee");
    }

    @Test
    void a_body_that_is_not_json_is_400_malformed() {
        assertProblem(as("university").post("/api/agreements", "{\"licensee\": "), 400, "malformed-request");
    }

    @Test
    void a_call_without_valid_credentials_is_401() {
        assertProblem(anonymous().get("/api/agreements"), 401, "unauthenticated");
        assertProblem(anonymous().post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)), 401, "unauthenticated");
    }

    @Test
    void a_role_that_may_not_make_the_call_is_403() {
        long before = allEventCount();
        assertProblem(as("qinling").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)), 403, "forbidden");
        String id = proposal();
        assertProblem(as("auditor").post("/api/agreements/" + id + "/acceptance", null), 403, "forbidden");
        assertThat(allEventCount()).isEqualTo(before + 1);
    }

    @Test
    void an_unknown_agreement_is_404_for_reads_and_for_commands() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(as("university").get("/api/agreements/" + unknown), 404, "not-found");
        assertProblem(as("qinling").post("/api/agreements/" + unknown + "/acceptance", null), 404, "not-found");
        assertThat(eventCount(unknown)).isZero();
    }

    @Test
    void an_agreement_of_other_parties_is_404_exactly_as_if_it_did_not_exist() {
        String id = proposal();
        Response unknown = as("weihe").post("/api/agreements/" + UUID.randomUUID() + "/acceptance", null);
        assertProblem(as("weihe").get("/api/agreements/" + id), 404, "not-found");
        assertProblem(as("weihe").get("/api/agreements/" + id + "/events"), 404, "not-found");
        Response proposed = as("weihe").post("/api/agreements/" + id + "/acceptance", null);
        as("qinling").post("/api/agreements/" + id + "/acceptance", null);
        Response inTrial = as("weihe").post("/api/agreements/" + id + "/acceptance", null);

        assertProblem(proposed, 404, "not-found");
        assertThat(withoutInstance(proposed)).isEqualTo(withoutInstance(unknown));
        assertThat(withoutInstance(inTrial)).isEqualTo(withoutInstance(unknown));
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_that_discloses_nothing_internal() {
        Response r = as("university").get("/api/agreements?page=10737419&size=200");
        assertThat(r.status()).isIn(400, 500);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text()).doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("offset");
    }

    @Test
    void a_misspelt_or_fractional_term_is_refused_not_ignored() {
        Response misspelt = as("university").post("/api/agreements",
                Proposals.shaanxiStyle(QINLING_ORG).replace("\"licenceTermMonths\"", "\"graceperiodDays\": 90, \"licenceTermMonths\""));
        assertProblem(misspelt, 400, "malformed-request");
        assertThat(misspelt.json().get("field").asText()).isEqualTo("terms.graceperiodDays");
        Response fractional = as("university").post("/api/agreements",
                Proposals.shaanxiStyle(QINLING_ORG).replace("\"trialMonths\": 12", "\"trialMonths\": 12.9"));
        assertProblem(fractional, 400, "malformed-request");
        assertThat(fractional.json().get("field").asText()).isEqualTo("terms.trialMonths");
    }

    private static com.fasterxml.jackson.databind.JsonNode withoutInstance(Response r) {
        com.fasterxml.jackson.databind.node.ObjectNode body = r.json().deepCopy();
        body.remove("instance");
        return body;
    }

    @Test
    void a_command_the_current_state_does_not_allow_is_409_naming_the_state() {
        String id = proposal();
        as("qinling").post("/api/agreements/" + id + "/acceptance", null);
        Response r = as("university").post("/api/agreements/" + id + "/withdrawal", null);
        assertProblem(r, 409, "not-allowed-in-state");
        assertThat(r.json().get("state").asText()).isEqualTo("TRIAL");
        assertThat(r.json().get("rule").asText()).isEqualTo("withdraw-only-proposed");
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void a_malformed_correlation_id_is_400_naming_the_header_and_records_nothing() {
        String id = proposal();
        Response r = as("qinling").withHeader("X-Correlation-Id", "onboarding 2026/17")
                .post("/api/agreements/" + id + "/acceptance", null);
        assertProblem(r, 400, "invalid-input");
        assertThat(r.json().get("header").asText()).isEqualTo("X-Correlation-Id");
        assertThat(r.json().get("rule").asText()).isEqualTo("header-shape");
        assertThat(eventCount(id)).isEqualTo(1);
    }

    @Test
    void a_malformed_idempotency_key_is_400_naming_the_header() {
        Response r = as("university").withHeader("Idempotency-Key", "key with spaces")
                .post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
        assertProblem(r, 400, "invalid-input");
        assertThat(r.json().get("header").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void the_schedule_of_an_agreement_without_a_trial_or_licence_is_409_naming_its_state() {
        String id = proposal();
        Response r = as("university").get("/api/agreements/" + id + "/schedule");
        assertProblem(r, 409, "not-allowed-in-state");
        assertThat(r.json().get("state").asText()).isEqualTo("PROPOSED");
        assertThat(r.json().get("rule").asText()).isEqualTo("schedule-needs-trial-or-licence");
        assertProblem(as("weihe").get("/api/agreements/" + id + "/schedule"), 404, "not-found");
    }

    private String proposal() {
        return as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
    }

    private static void assertProblem(Response r, int status, String type) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("urn:foretaste:problem:" + type);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asText()).isNotBlank();
    }
}

package com.foretaste.infrastructure.insurance;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Only a policy's insurer, insured and policyholder (with the operator and the auditors assigned to one of
 * them) see it; an insurer never sees another insurer's policy, nor its claims or figures; a quote is
 * refused whole, naming the field and the rule, and a repeated quote is answered as the first.
 */
@PostgresIntegrationTest
class PolicyAccessApiTest extends PostgresTestBase {

    private static final String QUOTE = """
            {"agreementId": "%s", "coverageLimit": {"amount": "250000.00"}, "indemnityRatio": "0.8",
             "insuredAmount": {"amount": "300000.00"}, "premiumRate": "0.02"%s}
            """;

    @Test
    void only_the_parties_their_auditors_and_the_operator_see_a_policy_and_another_insurer_sees_nothing_of_it() {
        String agreement = licensedAgreement();
        String policy = ok(as("insurer").post("/api/policies", QUOTE.formatted(agreement, ""))).get("id").asText();
        Api rival = rivalInsurer();

        for (String user : new String[] {"insurer", "insurer-checker", "university", "qinling", "auditor", "operator"}) {
            assertThat(as(user).get("/api/policies/" + policy).status()).as(user).isEqualTo(200);
            assertThat(as(user).get("/api/policies/" + policy + "/events").status()).as(user).isEqualTo(200);
        }
        for (Api stranger : new Api[] {rival, as("weihe"), as("agency")}) {
            assertThat(stranger.get("/api/policies/" + policy).status()).isEqualTo(404);
            assertThat(stranger.get("/api/policies/" + policy + "/events").status()).isEqualTo(404);
            assertThat(stranger.get("/api/agreements/" + agreement + "/policies").status()).isEqualTo(404);
            assertThat(stranger.get("/api/audit/policies/" + policy + "?version=0").status()).isEqualTo(404);
        }
        Response payment = rival.post("/api/policies/" + policy + "/premium-payments",
                "{\"payer\": \"POLICYHOLDER\", \"amount\": {\"amount\": \"100.00\"}}");
        assertThat(payment.status()).isEqualTo(404);
        assertThat(rival.get("/api/insurers/6f1c2a4e-0005-4000-8000-000000000005/summary").status()).isEqualTo(404);
        assertThat(rival.get("/api/claims").json()).isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(() -> as("university").get("/api/agreements/" + agreement + "/policies")
                .json().size() == 1);
        JsonNode listed = as("qinling").get("/api/agreements/" + agreement + "/policies").json().get(0);
        assertThat(listed.get("id").asText()).isEqualTo(policy);
        assertThat(listed.get("state").asText()).isEqualTo("QUOTED");
    }

    @Test
    void an_auditor_replays_a_policy_through_the_audit_api_like_an_agreement() {
        String policy = ok(as("insurer").post("/api/policies", QUOTE.formatted(licensedAgreement(), ""))).get("id").asText();
        ok(as("insurer").post("/api/policies/" + policy + "/premium-payments",
                "{\"payer\": \"POLICYHOLDER\", \"amount\": {\"amount\": \"6000.00\"}}"));

        JsonNode first = ok(as("auditor").get("/api/audit/policies/" + policy + "?version=0"));
        assertThat(first.get("type").asText()).isEqualTo("policies");
        assertThat(first.get("events")).hasSize(1);
        JsonNode now = ok(as("auditor").get("/api/audit/policies/" + policy + "?version=2"));
        assertThat(now.get("events")).hasSize(3);
        JsonNode verified = ok(as("auditor").post("/api/audit/verification", "{\"aggregateId\": \"" + policy + "\"}"));
        assertThat(verified.toString()).contains("true");
        assertThat(as("auditor").get("/api/audit/policies/" + policy + "/export").status()).isEqualTo(200);
        JsonNode events = ok(as("university").get("/api/policies/" + policy + "/events"));
        assertThat(events.get(0).get("type").asText()).isEqualTo("PolicyQuoted");
        assertThat(events.get(0).get("metadata").get("principal").asText()).isEqualTo("insurer");
    }

    @Test
    void a_quote_is_refused_whole_naming_the_field_and_the_rule() {
        String agreement = licensedAgreement();
        long before = allEventCount();
        Response unknown = as("insurer").post("/api/policies", QUOTE.formatted(UUID.randomUUID(), ""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("rule").asText()).isEqualTo("agreement-exists");
        Response notLicensor = as("insurer").post("/api/policies", QUOTE.formatted(agreement,
                ", \"insured\": \"" + QINLING_ORG + "\""));
        assertThat(notLicensor.json().get("rule").asText()).isEqualTo("insured-is-licensor");
        assertThat(notLicensor.json().get("field").asText()).isEqualTo("insured");
        Response subsidy = as("insurer").post("/api/policies", QUOTE.formatted(agreement,
                ", \"subsidyShare\": \"0.4\", \"subsidisedBy\": \"" + TestUsers.UNIVERSITY_ORG + "\""));
        assertThat(subsidy.json().get("rule").asText()).isEqualTo("subsidy-paid-by-operator");
        Response ratio = as("insurer").post("/api/policies", QUOTE.formatted(agreement, "").replace("\"0.8\"", "\"1.2\""));
        assertThat(ratio.json().get("rule").asText()).isEqualTo("indemnity-ratio-range");
        assertThat(as("university").post("/api/policies", QUOTE.formatted(agreement, "")).status()).isEqualTo(403);
        assertThat(allEventCount()).isEqualTo(before);
    }

    @Test
    void a_repeated_quote_is_answered_as_the_first_and_the_policyholder_cancels_it_before_paying() {
        String agreement = licensedAgreement();
        Api keyed = as("insurer").withHeader("Idempotency-Key", "quote-" + agreement);
        String first = ok(keyed.post("/api/policies", QUOTE.formatted(agreement, ""))).get("id").asText();
        assertThat(ok(keyed.post("/api/policies", QUOTE.formatted(agreement, ""))).get("id").asText()).isEqualTo(first);

        Response byInsured = as("university").post("/api/policies/" + first + "/cancellation", "{}");
        assertThat(byInsured.status()).isEqualTo(403);
        assertThat(byInsured.json().get("rule").asText()).isEqualTo("policyholder-only");
        JsonNode cancelled = ok(as("qinling").post("/api/policies/" + first + "/cancellation", "{\"reason\": \"found a guarantor\"}"));
        assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("ended").get("reason").asText()).isEqualTo("found a guarantor");
    }

    private String licensedAgreement() {
        String id = ok(as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG))).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        return id;
    }

    private Api rivalInsurer() {
        return newOrganisation("Qinchuan Mutual", "INSURER", "Wang Fang").api();
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 201);
        return r.json();
    }
}

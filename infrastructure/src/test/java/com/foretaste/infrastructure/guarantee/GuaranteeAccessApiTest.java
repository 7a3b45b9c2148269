package com.foretaste.infrastructure.guarantee;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.AGENCY_ORG;
import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Only a guarantee's guarantor, beneficiary and obligor (with the operator and the auditors assigned to one of
 * them) see it; another guarantor sees nothing of it and can do nothing to it; a request is refused whole, naming
 * the field and the rule; a guarantor without net assets recorded approves nothing. A guarantor's exposure is its
 * own (with its auditors' and the operator's); the losses of an agreement are for those who bear a share.
 */
@PostgresIntegrationTest
class GuaranteeAccessApiTest extends PostgresTestBase {

    static final String REQUEST = """
            {"agreementId": "%s", "guarantor": "%s", "cap": {"amount": "300000.00"}, "coverageRatio": "0.7",
             "annualFeeRate": "0.02", "programme": "XIAN"%s}
            """;

    @Test
    void only_the_parties_their_auditors_and_the_operator_see_a_guarantee_and_another_guarantor_sees_nothing_of_it() {
        String agreement = agreement();
        String guarantee = ok(as("qinling").post("/api/guarantees", REQUEST.formatted(agreement, AGENCY_ORG, "")))
                .get("id").asText();
        Api rival = rivalGuarantor();

        for (String user : new String[] {"agency", "agency-checker", "university", "qinling", "auditor", "operator"}) {
            assertThat(as(user).get("/api/guarantees/" + guarantee).status()).as(user).isEqualTo(200);
            assertThat(as(user).get("/api/guarantees/" + guarantee + "/events").status()).as(user).isEqualTo(200);
        }
        for (Api stranger : new Api[] {rival, as("weihe"), as("insurer")}) {
            assertThat(stranger.get("/api/guarantees/" + guarantee).status()).isEqualTo(404);
            assertThat(stranger.get("/api/guarantees/" + guarantee + "/events").status()).isEqualTo(404);
            assertThat(stranger.get("/api/audit/guarantees/" + guarantee + "?version=0").status()).isEqualTo(404);
        }
        assertThat(rival.post("/api/guarantees/" + guarantee + "/approval", null).status()).isEqualTo(404);
        assertThat(rival.post("/api/guarantees/" + guarantee + "/decline", "{\"reason\": \"no\"}").status()).isEqualTo(404);
        Response tooEarly = as("university").post("/api/guarantees/" + guarantee + "/calls", "{\"defaultedOn\": \"2026-05-03\"}");
        assertThat(tooEarly.status()).as(tooEarly.text()).isEqualTo(409);

        JsonNode approved = ok(as("agency").post("/api/guarantees/" + guarantee + "/approval", null));
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("guarantor").get("id").asText()).isEqualTo(AGENCY_ORG);
        assertThat(approved.get("partners").get(0).get("partner").asText()).isEqualTo("risk-compensation-pool");
        String fee = approved.get("fee").get(0).get("amount").get("amount").asText();
        JsonNode issued = ok(as("agency").post("/api/guarantees/" + guarantee + "/fee-payments",
                "{\"amount\": {\"amount\": \"" + fee + "\"}, \"reference\": \"ICBC-1\"}"));
        assertThat(issued.get("state").asText()).isEqualTo("ISSUED");
        assertThat(issued.get("issuedOn").isNull()).isFalse();

        String exposure = "/api/guarantors/" + AGENCY_ORG + "/exposure";
        for (String user : new String[] {"agency", "agency-checker", "operator"}) {
            assertThat(as(user).get(exposure).status()).as(user).isEqualTo(200);
        }
        assertThat(rival.get(exposure).status()).isEqualTo(404);
        assertThat(as("auditor").get(exposure).status()).isEqualTo(404);
        assertThat(rival.get("/api/guarantors/" + rivalOrganisation + "/exposure").status()).isEqualTo(200);
        assertThat(as("agency").get("/api/guarantors/" + rivalOrganisation + "/exposure").status()).isEqualTo(404);
        assertThat(rival.get("/api/agreements/" + agreement + "/losses").status()).isEqualTo(404);
        // the guarantee is found through its read model, moments after it was requested
        await().atMost(Duration.ofSeconds(30)).until(() -> as("agency").get("/api/agreements/" + agreement + "/losses")
                .status() == 200);
    }

    @Test
    void an_auditor_replays_a_guarantee_through_the_audit_api_like_an_agreement() {
        String guarantee = ok(as("agency").post("/api/guarantees", REQUEST.formatted(agreement(), AGENCY_ORG, "")))
                .get("id").asText();
        ok(as("agency").post("/api/guarantees/" + guarantee + "/decline", "{\"reason\": \"outside our region\"}"));
        JsonNode first = ok(as("auditor").get("/api/audit/guarantees/" + guarantee + "?version=0"));
        assertThat(first.get("type").asText()).isEqualTo("guarantees");
        assertThat(first.get("events")).hasSize(1);
        JsonNode events = ok(as("university").get("/api/guarantees/" + guarantee + "/events"));
        assertThat(events.get(0).get("type").asText()).isEqualTo("GuaranteeRequested");
        assertThat(events.get(1).get("type").asText()).isEqualTo("GuaranteeDeclined");
        assertThat(events.get(1).get("metadata").get("principal").asText()).isEqualTo("agency");
    }

    @Test
    void a_request_is_refused_whole_naming_the_field_and_the_rule_and_no_net_assets_approve_nothing() {
        String agreement = agreement();
        long before = allEventCount();
        Response unknown = as("agency").post("/api/guarantees", REQUEST.formatted(UUID.randomUUID(), AGENCY_ORG, ""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("rule").asText()).isEqualTo("agreement-exists");
        Response ratio = as("agency").post("/api/guarantees", REQUEST.formatted(agreement, AGENCY_ORG, "")
                .replace("\"0.7\"", "\"1.5\""));
        assertThat(ratio.json().get("rule").asText()).as(ratio.text()).isEqualTo("coverage-ratio-range");
        Response programme = as("agency").post("/api/guarantees", REQUEST.formatted(agreement, AGENCY_ORG, "")
                .replace("XIAN", "LONDON"));
        assertThat(programme.json().get("field").asText()).isEqualTo("programme");
        Response notParty = as("weihe").post("/api/guarantees", REQUEST.formatted(agreement, AGENCY_ORG, ""));
        assertThat(notParty.json().get("rule").asText()).as(notParty.text()).isEqualTo("request-by-party");
        assertThat(as("insurer").post("/api/guarantees", REQUEST.formatted(agreement, AGENCY_ORG, "")).status()).isEqualTo(403);
        assertThat(allEventCount()).isEqualTo(before);

        Api rival = rivalGuarantor();
        String rivalOrg = rivalOrganisation;
        String guarantee = ok(as("qinling").post("/api/guarantees", REQUEST.formatted(agreement, rivalOrg, ""))).get("id").asText();
        Response refused = rival.post("/api/guarantees/" + guarantee + "/approval", null);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("rule").asText()).isEqualTo("net-assets-recorded");
    }

    private String rivalOrganisation;

    private String agreement() {
        String id = ok(as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG))).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        return id;
    }

    private Api rivalGuarantor() {
        NewOrganisation rival = newOrganisation("Weinan Credit Guarantee", "GUARANTOR", "Zhou Min");
        rivalOrganisation = rival.id();
        return rival.api();
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 201);
        return r.json();
    }
}

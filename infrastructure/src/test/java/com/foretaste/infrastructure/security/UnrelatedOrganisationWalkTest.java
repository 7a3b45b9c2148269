package com.foretaste.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.UNIVERSITY_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the published API, by a principal of each role from an organisation that has no
 * part in an agreement (an auditor not assigned to either party among them): whatever addresses the
 * agreement or its parties is refused (403 or 404) and nothing anywhere is recorded; what addresses
 * no one in particular answers without a trace of the agreement.
 */
@PostgresIntegrationTest
class UnrelatedOrganisationWalkTest extends PostgresTestBase {

    private static final String PASSWORD = "an-unrelated-password";
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("/withdrawal", "{\"reason\": \"r\"}"),
            Map.entry("/trial-extensions", "{\"additionalMonths\": 1, \"licenseeRequest\": \"letter\"}"),
            Map.entry("/trial-findings", "{\"summary\": \"s\", \"measuredResults\": []}"),
            Map.entry("/walk-away", "{\"reason\": \"r\"}"),
            Map.entry("/payments", "{\"reference\": \"R-1\", \"amount\": {\"amount\": \"10.00\"}}"),
            Map.entry("/royalty-reports", "{\"periodStart\": \"2026-03-02\", \"periodEnd\": \"2026-03-31\","
                    + " \"netSales\": {\"amount\": \"10.00\"}}"),
            Map.entry("/equity-swaps", "{\"swapId\": \"s9\", \"shares\": 10, \"pricePerShare\": \"1.00\","
                    + " \"sharesOutstandingAfter\": 1000}"),
            Map.entry("/termination", "{\"kind\": \"MUTUAL_CONSENT\", \"reason\": \"r\"}"),
            Map.entry("/resolution", "{\"note\": \"n\"}"),
            Map.entry("/users", "{\"username\": \"intruder\", \"name\": \"I\", \"password\": \"an-intruders-password\"}"),
            Map.entry("/disable", "{\"reason\": \"r\"}"),
            Map.entry("/auditor-assignments", "{\"auditor\": \"" + TestUsers.AUDITOR_ORG + "\"}"),
            Map.entry("/api/organisations", "{\"name\": \"Intruder Ltd\", \"role\": \"LICENSEE\"}"),
            Map.entry("/api/audit/verification", "{\"aggregateId\": \"%s\"}"),
            Map.entry("/premium-payments", "{\"payer\": \"POLICYHOLDER\", \"amount\": {\"amount\": \"10.00\"}}"),
            Map.entry("/cancellation", "{\"reason\": \"r\"}"),
            Map.entry("/claims", "{\"defaultedOn\": \"2026-05-03\"}"),
            Map.entry("/assessment", "{\"reserve\": {\"amount\": \"10.00\"}}"),
            Map.entry("/rejection", "{\"reason\": \"r\"}"),
            Map.entry("/payment", "{\"reference\": \"r\"}"),
            Map.entry("/recoveries", "{\"amount\": {\"amount\": \"10.00\"}}"),
            Map.entry("/closure", "{\"reason\": \"r\"}"),
            Map.entry("/decline", "{\"reason\": \"r\"}"),
            Map.entry("/fee-payments", "{\"amount\": {\"amount\": \"10.00\"}, \"reference\": \"R-1\"}"),
            Map.entry("/calls", "{\"defaultedOn\": \"2026-05-03\"}"),
            Map.entry("/reimbursements", "{\"partner\": \"risk-compensation-pool\", \"amount\": {\"amount\": \"10.00\"}}"),
            Map.entry("/reimbursement-returns", "{\"partner\": \"risk-compensation-pool\", \"amount\": {\"amount\": \"10.00\"}}"),
            Map.entry("/refunds", "{\"amount\": {\"amount\": \"10.00\"}}"),
            Map.entry("/write-off", "{\"reason\": \"r\"}"),
            Map.entry("/api/policies", "{\"agreementId\": \"%s\", \"coverageLimit\": {\"amount\": \"10.00\"},"
                    + " \"indemnityRatio\": \"0.8\", \"insuredAmount\": {\"amount\": \"10.00\"}, \"premiumRate\": \"0.01\"}"));
    private static final String INSURER_ORG = "6f1c2a4e-0005-4000-8000-000000000005";

    private record Stranger(String name, Api api) {
    }

    private String policy;
    private String guarantee;
    private String guarantor;

    @Test
    void an_unrelated_organisation_of_every_role_learns_nothing_of_an_agreement_and_records_nothing() {
        String id = licensedAgreement();
        Response quoted = as("insurer").post("/api/policies", BODIES.get("/api/policies").formatted(id));
        assertThat(quoted.status()).as(quoted.text()).isEqualTo(201);
        policy = quoted.json().get("id").asText();
        guarantee = rivalGuarantee(id);
        List<Stranger> strangers = strangers();
        List<String> wrong = new ArrayList<>();
        long before = allEventCount();
        JsonNode paths = as("operator").get("/v3/api-docs").json().get("paths");
        for (Stranger stranger : strangers) {
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                    walk(stranger, operation.getKey(), path.getKey(), id, wrong)));
        }
        assertThat(wrong).isEmpty();
        assertThat(allEventCount()).as("no stranger's request recorded anything").isEqualTo(before);
    }

    private void walk(Stranger stranger, String method, String template, String id, List<String> wrong) {
        if (method.equals("post") && (template.equals("/api/agreements") || template.equals("/api/policies")
                || template.equals("/api/guarantees"))) {
            // a licensor proposes agreements of its own, an insurer quotes policies of its own, a guarantor is
            // asked for guarantees of its own; none addresses anyone else's (a quote or a request on the agreement
            // is the insurer's or the guarantor's own instrument, not a view of the agreement)
            return;
        }
        String path = template.replace("{type}", "agreements").replace("{processor}", "agreement-summary").replace("{swapId}", "s1")
                .replace("{date}", "2026-03-03").replace("{username}", "university")
                .replace("{auditor}", TestUsers.AUDITOR_ORG).replace("{digestId}", "1")
                .replace("/api/organisations/{id}", "/api/organisations/" + UNIVERSITY_ORG)
                .replace("/runs/{id}", "/runs/" + UUID.randomUUID()).replace("/failures/{id}", "/failures/" + UUID.randomUUID())
                .replace("/api/policies/{id}", "/api/policies/" + policy).replace("{claimId}", UUID.randomUUID().toString())
                .replace("/api/insurers/{id}", "/api/insurers/" + INSURER_ORG)
                .replace("/api/guarantees/{id}", "/api/guarantees/" + guarantee).replace("{callId}", UUID.randomUUID().toString())
                .replace("{orgId}", guarantor)
                .replace("{id}", id);
        boolean addressesTheParties = path.contains(id) || path.contains(UNIVERSITY_ORG) || path.contains(policy)
                || path.contains(guarantee) || path.contains(guarantor)
                || path.contains(INSURER_ORG) || template.equals("/api/audit/verification");
        String body = body(template).map(b -> b.formatted(id)).orElse(null);
        Response answer = method.equals("get")
                ? stranger.api().get(path + (path.startsWith("/api/audit/agreements/") && !path.endsWith("/export") ? "?version=0" : ""))
                : stranger.api().post(path, body);
        String what = method.toUpperCase() + " " + path + " by " + stranger.name();
        if (addressesTheParties && answer.status() != 403 && answer.status() != 404) {
            wrong.add(what + ": " + answer.status() + " " + answer.text());
        }
        if (answer.status() < 300 && answer.text() != null && (answer.text().contains(id) || answer.text().contains(policy)
                || answer.text().contains(guarantee))) {
            wrong.add(what + ": the answer names the agreement, its policy or its guarantee");
        }
    }

    private static java.util.Optional<String> body(String template) {
        return BODIES.entrySet().stream().filter(e -> template.endsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue);
    }

    /** One principal per role, each of an organisation with no part in the agreement (and an unassigned audit firm). */
    private List<Stranger> strangers() {
        List<Stranger> strangers = new ArrayList<>(List.of(new Stranger("weihe (LICENSEE)", as("weihe")),
                new Stranger("agency (GUARANTOR)", as("agency"))));
        for (String[] firm : new String[][] {{"LICENSOR", "Baoji Institute"}, {"INSURER", "Qinchuan Mutual"},
                {"AUDITOR", "Lintong Accountants"}}) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Response org = as("operator").post("/api/organisations",
                    "{\"name\": \"" + firm[1] + " " + suffix + "\", \"role\": \"" + firm[0] + "\"}");
            assertThat(org.status()).as(org.text()).isEqualTo(201);
            String user = firm[0].toLowerCase() + "-" + suffix;
            Response registered = as("operator").post("/api/organisations/" + org.json().get("id").asText() + "/users",
                    "{\"username\": \"" + user + "\", \"name\": \"A Stranger\", \"password\": \"" + PASSWORD + "\"}");
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            strangers.add(new Stranger(user + " (" + firm[0] + ")", new Api("http://localhost:" + port, user, PASSWORD)));
        }
        return strangers;
    }

    /** A guarantee of the agreement by a guarantor of its own, so that the agency is a stranger to it. */
    private String rivalGuarantee(String agreement) {
        Response org = as("operator").post("/api/organisations", "{\"name\": \"Weinan Credit Guarantee "
                + UUID.randomUUID().toString().substring(0, 8) + "\", \"role\": \"GUARANTOR\"}");
        assertThat(org.status()).as(org.text()).isEqualTo(201);
        guarantor = org.json().get("id").asText();
        Response requested = as("qinling").post("/api/guarantees", "{\"agreementId\": \"" + agreement + "\", \"guarantor\": \""
                + org.json().get("id").asText() + "\", \"cap\": {\"amount\": \"300000.00\"}, \"coverageRatio\": \"0.7\","
                + " \"annualFeeRate\": \"0.02\", \"programme\": \"XIAN\"}");
        assertThat(requested.status()).as(requested.text()).isEqualTo(201);
        return requested.json().get("id").asText();
    }

    private String licensedAgreement() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        assertThat(as("qinling").post("/api/agreements/" + id + "/purchase", null).status()).isEqualTo(200);
        return id;
    }
}

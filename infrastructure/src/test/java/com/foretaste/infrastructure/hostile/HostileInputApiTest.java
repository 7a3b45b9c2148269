package com.foretaste.infrastructure.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against every write operation: whatever the body, the headers or the Accept value,
 * the answer is a 4xx problem document of bounded size that names no Java type, and nothing is stored.
 */
@PostgresIntegrationTest
class HostileInputApiTest extends PostgresTestBase {

    private static final int MAX_PROBLEM_BYTES = 2048;
    private String id;

    /** One valid request per write operation, as its caller would send it. */
    private record Operation(String template, String user, String body) {
        String path(String agreement) {
            return template.replace("{id}", agreement).replace("{swapId}", "s1").replace("{date}", "2026-03-03")
                    .replace("{org}", TestUsers.QINLING_ORG).replace("{username}", "qinling")
                    .replace("{auditor}", TestUsers.AUDITOR_ORG).replace("{claimId}", CLAIM)
                    .replace("{processor}", "agreement-summary");
        }
    }

    private static final String CLAIM = "0b1c2a4e-0000-4000-8000-00000000c1a1";
    private static final List<Operation> OPERATIONS = List.of(
            new Operation("/api/agreements", "university", Proposals.shaanxiStyle(QINLING_ORG)),
            new Operation("/api/agreements/{id}/withdrawal", "university", "{\"reason\": \"changed plans\"}"),
            new Operation("/api/agreements/{id}/acceptance", "qinling", null),
            new Operation("/api/agreements/{id}/trial-extensions", "university",
                    "{\"additionalMonths\": 2, \"licenseeRequest\": \"letter of 2026-04-20\"}"),
            new Operation("/api/agreements/{id}/trial-findings", "qinling",
                    "{\"summary\": \"defect rate down 30%\", \"measuredResults\": [\"2.1% -> 1.5%\"]}"),
            new Operation("/api/agreements/{id}/purchase", "qinling", null),
            new Operation("/api/agreements/{id}/walk-away", "qinling", "{\"reason\": \"not needed\"}"),
            new Operation("/api/agreements/{id}/payments", "university",
                    "{\"reference\": \"ICBC-2026-0302-01\", \"amount\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}}"),
            new Operation("/api/agreements/{id}/royalty-reports", "qinling", "{\"periodStart\": \"2026-03-02\","
                    + " \"periodEnd\": \"2026-03-31\", \"netSales\": {\"amount\": \"1000.00\"}}"),
            new Operation("/api/agreements/{id}/equity-swaps", "university", "{\"swapId\": \"s1\", \"shares\": 1000,"
                    + " \"pricePerShare\": \"0.90\", \"sharesOutstandingAfter\": 100000, \"applyTo\": [2]}"),
            new Operation("/api/agreements/{id}/equity-swaps/{swapId}/acceptance", "qinling", null),
            new Operation("/api/agreements/{id}/termination", "university", "{\"kind\": \"FOR_DEFAULT\", \"reason\": \"unpaid\"}"),
            new Operation("/api/business-days/{date}/close", "operator", null),
            new Operation("/api/business-days/failures/{id}/retry", "operator", null),
            new Operation("/api/business-days/failures/{id}/resolution", "operator", "{\"note\": \"fixed by hand\"}"),
            new Operation("/api/audit/verification", "auditor", "{\"aggregateId\": \"{id}\"}"),
            new Operation("/api/audit/digests", "auditor", null),
            new Operation("/api/audit/projections/rebuild", "operator", null),
            new Operation("/api/read-models/{processor}/dead-letters/retry", "operator", null),
            new Operation("/api/organisations", "operator",
                    "{\"name\": \"Baoji Titanium Works\", \"role\": \"LICENSEE\", \"industryCode\": \"C3240\"}"),
            new Operation("/api/organisations/{org}/users", "operator",
                    "{\"username\": \"baoji-ti\", \"name\": \"Li Wei\", \"password\": \"a-long-first-password\"}"),
            new Operation("/api/organisations/{org}/users/{username}/disable", "operator", "{\"reason\": \"left the firm\"}"),
            new Operation("/api/organisations/{org}/auditor-assignments", "operator", "{\"auditor\": \"" + TestUsers.AUDITOR_ORG + "\"}"),
            new Operation("/api/organisations/{org}/auditor-assignments/{auditor}/revocation", "operator", null),
            new Operation("/api/organisations/{org}/net-assets", "operator", "{\"netAssets\": {\"amount\": \"200000000.00\"},"
                    + " \"asOf\": \"2025-12-31\", \"servesMainlySmallAndMicro\": false}"),
            new Operation("/api/organisations/{org}/related-parties", "operator", "{\"relatedParty\": \""
                    + TestUsers.WEIHE_ORG + "\", \"relation\": \"under common control\"}"),
            new Operation("/api/policies", "insurer", "{\"agreementId\": \"{id}\", \"coverageLimit\": {\"amount\": \"250000.00\"},"
                    + " \"indemnityRatio\": \"0.8\", \"deductible\": {\"amount\": \"10000.00\"}, \"insuredAmount\": {\"amount\":"
                    + " \"300000.00\", \"currency\": \"CNY\"}, \"premiumRate\": \"0.02\", \"subsidyShare\": \"0.4\", \"subsidisedBy\": \""
                    + TestUsers.OPERATOR_ORG + "\", \"periodStart\": \"2026-03-02\", \"periodEnd\": \"2027-03-01\","
                    + " \"premiumDueOn\": \"2026-04-01\", \"waitingPeriodDays\": 90, \"paymentPeriodDays\": 30}"),
            new Operation("/api/policies/{id}/premium-payments", "insurer",
                    "{\"payer\": \"POLICYHOLDER\", \"amount\": {\"amount\": \"3600.00\"}, \"reference\": \"ICBC-77\"}"),
            new Operation("/api/policies/{id}/cancellation", "qinling", "{\"reason\": \"moved abroad\"}"),
            new Operation("/api/policies/{id}/claims", "university", "{\"defaultedOn\": \"2026-05-03\"}"),
            new Operation("/api/policies/{id}/claims/{claimId}/assessment", "insurer",
                    "{\"reserve\": {\"amount\": \"89488.00\"}, \"note\": \"confirmed\"}"),
            new Operation("/api/policies/{id}/claims/{claimId}/approval", "insurer", null),
            new Operation("/api/policies/{id}/claims/{claimId}/rejection", "insurer", "{\"reason\": \"cured\"}"),
            new Operation("/api/policies/{id}/claims/{claimId}/payment", "insurer", "{\"reference\": \"CAPIC-1\"}"),
            new Operation("/api/policies/{id}/claims/{claimId}/recoveries", "insurer",
                    "{\"amount\": {\"amount\": \"1000.00\"}, \"reference\": \"court\"}"),
            new Operation("/api/policies/{id}/claims/{claimId}/closure", "insurer", "{\"reason\": \"written off\"}"),
            new Operation("/api/guarantees", "agency", "{\"agreementId\": \"{id}\", \"guarantor\": \"" + TestUsers.AGENCY_ORG
                    + "\", \"cap\": {\"amount\": \"300000.00\"}, \"coverageRatio\": \"0.7\", \"annualFeeRate\": \"0.02\","
                    + " \"programme\": \"XIAN\", \"termEnd\": \"2027-03-01\"}"),
            new Operation("/api/guarantees/{id}/approval", "agency", null),
            new Operation("/api/guarantees/{id}/decline", "agency", "{\"reason\": \"outside our region\"}"),
            new Operation("/api/guarantees/{id}/fee-payments", "agency",
                    "{\"amount\": {\"amount\": \"6000.00\"}, \"reference\": \"ICBC-1\"}"),
            new Operation("/api/guarantees/{id}/calls", "university", "{\"defaultedOn\": \"2026-05-03\"}"),
            new Operation("/api/guarantees/{id}/calls/{claimId}/assessment", "agency", null),
            new Operation("/api/guarantees/{id}/calls/{claimId}/honour", "agency", "{\"reference\": \"ICBC-2\"}"),
            new Operation("/api/guarantees/{id}/calls/{claimId}/rejection", "agency", "{\"reason\": \"cured\"}"),
            new Operation("/api/guarantees/{id}/reimbursements", "agency", "{\"callId\": \"" + CLAIM
                    + "\", \"partner\": \"risk-compensation-pool\", \"amount\": {\"amount\": \"100.00\"}}"),
            new Operation("/api/guarantees/{id}/reimbursement-returns", "agency", "{\"callId\": \"" + CLAIM
                    + "\", \"partner\": \"risk-compensation-pool\", \"amount\": {\"amount\": \"100.00\"}}"),
            new Operation("/api/guarantees/{id}/refunds", "agency", "{\"callId\": \"" + CLAIM
                    + "\", \"amount\": {\"amount\": \"100.00\"}}"),
            new Operation("/api/guarantees/{id}/recoveries", "agency", "{\"callId\": \"" + CLAIM
                    + "\", \"amount\": {\"amount\": \"100.00\"}, \"source\": \"OBLIGOR\"}"),
            new Operation("/api/guarantees/{id}/write-off", "agency", "{\"callId\": \"" + CLAIM
                    + "\", \"reason\": \"insolvent\"}"));

    @BeforeEach
    void aLicensedAgreement() {
        id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
    }

    @Test
    void every_write_operation_of_the_published_api_is_fuzzed() {
        JsonNode paths = as("university").get("/v3/api-docs").json().get("paths");
        Set<String> published = new TreeSet<>();
        paths.fields().forEachRemaining(p -> {
            if (p.getValue().has("post") || p.getValue().has("put") || p.getValue().has("patch") || p.getValue().has("delete")) {
                published.add(p.getKey().replaceAll("\\{[^}]+}", "{}"));
            }
        });
        Set<String> fuzzed = new TreeSet<>();
        OPERATIONS.forEach(o -> fuzzed.add(o.template().replaceAll("\\{[^}]+}", "{}")));
        assertThat(fuzzed).isEqualTo(published);
    }

    @Test
    void generated_bodies_are_refused_with_a_bounded_problem_and_record_nothing() {
        List<String> wrong = new ArrayList<>();
        long before = allEventCount();
        long seed = 20261129L;
        for (Operation operation : OPERATIONS) {
            if (operation.body() == null) {
                continue;
            }
            for (HostileCases.Case hostile : HostileCases.from(operation.body().replace("{id}", id), seed++)) {
                Response answer = as(operation.user()).post(operation.path(id), hostile.body());
                check(operation.path(id) + " with " + hostile.name(), answer.status(), answer.contentType(),
                        answer.text(), wrong);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(allEventCount()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void bad_headers_and_unacceptable_answers_are_refused_before_anything_is_recorded() throws Exception {
        List<String> wrong = new ArrayList<>();
        long before = allEventCount();
        for (Operation operation : OPERATIONS) {
            String body = operation.body() == null ? "" : operation.body().replace("{id}", id);
            for (String accept : List.of("application/xml", "text/html")) {
                Response answer = as(operation.user()).withHeader("Accept", accept).post(operation.path(id),
                        operation.body() == null ? null : body);
                check(operation.path(id) + " accepting " + accept, answer.status(), answer.contentType(), answer.text(), wrong);
            }
            for (Map.Entry<String, byte[]> header : List.of(
                    Map.entry("X-Correlation-Id", "caf\u00e9-42".getBytes(StandardCharsets.UTF_8)),
                    Map.entry("X-Correlation-Id", new byte[] {'a', 0x01, 'b'}),
                    Map.entry("X-Correlation-Id", "x".repeat(500).getBytes(StandardCharsets.US_ASCII)),
                    Map.entry("Idempotency-Key", "two words".getBytes(StandardCharsets.US_ASCII)),
                    Map.entry("Idempotency-Key", "cl\u00e9".getBytes(StandardCharsets.UTF_8)))) {
                RawHttp.Answer answer = RawHttp.post(port, operation.path(id), operation.user(), TestUsers.PASSWORD,
                        Map.of(header.getKey(), header.getValue()), body.getBytes(StandardCharsets.UTF_8));
                String contentType = answer.headers().lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                        .findFirst().map(l -> l.substring(13).trim()).orElse(null);
                check(operation.path(id) + " with a bad " + header.getKey(), answer.status(), contentType, answer.body(), wrong);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(allEventCount()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void the_cases_of_the_report_are_answered_as_problems() {
        long before = allEventCount();
        Response blankId = as("qinling").post("/api/agreements/%20/acceptance", null);
        assertProblem(blankId, 400);
        assertThat(blankId.json().get("status").asInt()).isEqualTo(400);
        assertProblem(as("university").get("/error"), 404);
        Response farFuture = as("operator").post("/api/business-days/99999-01-01/close", null);
        assertProblem(farFuture, 400);
        Response tooFar = as("operator").post("/api/business-days/2030-01-01/close", null);
        assertProblem(tooFar, 400);
        assertThat(tooFar.json().get("rule").asText()).isEqualTo("end-of-day-max-days");
        Response huge = as("university").post("/api/agreements/" + id + "/payments", "{\"reference\": \""
                + "r".repeat(2_000_000) + "\", \"amount\": {\"amount\": \"1.00\"}}");
        assertProblem(huge, 413);
        Response tinyExponent = as("university").post("/api/agreements/" + id + "/payments",
                "{\"reference\": \"r\", \"amount\": {\"amount\": \"1e-999999999\"}}");
        assertProblem(tinyExponent, 400);
        assertThat(tinyExponent.json().get("field").asText()).isEqualTo("amount.amount");
        assertThat(allEventCount()).isEqualTo(before);
    }

    private void check(String what, int status, String contentType, String body, List<String> wrong) {
        int size = body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
        if (status < 400 || status >= 500) {
            wrong.add(what + ": status " + status + " " + shorten(body));
        } else if (contentType == null || !contentType.startsWith("application/problem+json")) {
            wrong.add(what + ": " + status + " answered as " + contentType);
        } else if (size > MAX_PROBLEM_BYTES) {
            wrong.add(what + ": a problem of " + size + " bytes");
        } else if (body.matches("(?s).*(com\\.foretaste|java\\.|javax\\.|jakarta\\.|org\\.springframework|Exception).*")) {
            wrong.add(what + ": names a Java type: " + shorten(body));
        }
    }

    private static void assertProblem(Response r, int status) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text()).doesNotContain("Exception", "com.foretaste", "java.");
    }

    private static String shorten(String text) {
        return text == null || text.length() < 200 ? text : text.substring(0, 200) + "…";
    }

}

package com.foretaste.infrastructure.guarantee;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.application.guarantee.GuaranteeFollowingProcess;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceTestBase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static com.foretaste.infrastructure.support.TestUsers.AGENCY_ORG;
import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agency's whole flow (issue 12, "Done when"): an agreement insured by a policy and guaranteed by the agency
 * under Xi'an's programme defaults; the university calls the guarantee, the agency assesses it and a second person
 * honours it before the insurer has decided the claim; the pool reimburses its half; the insurer then pays the
 * claim, and the guarantee settles to its waterfall share: the university refunds the agency what the insurer's
 * indemnity covered, the agency pays the pool back its excess, and the losses of the agreement show every party
 * bearing exactly its waterfall share with nothing left to move; a later recovery is shared between the agency and
 * the pool; the agency's exposure series shows each step. Business dates move: a schema and a context of its own.
 */
@PostgresIntegrationTest
@DirtiesContext
class GuaranteeScenarioApiTest extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
    }

    @Autowired
    GuaranteeFollowingProcess process;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_guarantee_honoured_before_the_claim_is_paid_settles_to_the_waterfall_and_a_recovery_is_shared_back() {
        String agreement = licensedAgreement();
        LocalDate start = today();
        String policy = activePolicy(agreement);

        String guarantee = ok(as("qinling").post("/api/guarantees", """
                {"agreementId": "%s", "guarantor": "%s", "cap": {"amount": "300000.00"}, "coverageRatio": "0.7",
                 "annualFeeRate": "0.02", "programme": "XIAN", "secondApprovalAbove": {"amount": "50000.00"},
                 "counterGuarantee": {"kind": "PATENT_PLEDGE", "subject": "CN114123456B"}}
                """.formatted(agreement, AGENCY_ORG))).get("id").asText();
        String g = "/api/guarantees/" + guarantee;
        JsonNode approved = ok(as("agency").post(g + "/approval", null));
        // 70% of the 300,000.00 outstanding: 210,000.00, within the cap; it counts against the limits from approval
        assertThat(amount(approved.get("liability"))).isEqualTo("210000.00");
        JsonNode issued = ok(as("agency").post(g + "/fee-payments", "{\"amount\": " + approved.get("fee").get(0)
                .get("amount") + ", \"reference\": \"ICBC-FEE-1\"}"));
        assertThat(issued.get("state").asText()).isEqualTo("ISSUED");
        assertThat(amount(issued.get("exposure"))).isEqualTo("210000.00");

        // 120,000.00 due a month after purchase, unpaid after 30 days' grace: default with 31 days' interest
        LocalDate defaulted = start.plusMonths(1).plusDays(31);
        close(defaulted);
        JsonNode noted = awaitGuarantee(guarantee, v -> v.get("defaults").size() == 1);
        assertThat(amount(noted.get("defaults").get(0).get("loss"))).isEqualTo("121860.00");
        // the outstanding amount now carries the interest in arrears: 70% of 301,860.00
        assertThat(amount(noted.get("exposure"))).isEqualTo("211302.00");

        Response called = as("university").post(g + "/calls", "{\"defaultedOn\": \"" + defaulted + "\"}");
        assertThat(called.status()).as(called.text()).isEqualTo(201);
        String call = called.json().get("call").get("id").asText();
        assertThat(called.location()).endsWith(g + "/calls/" + call);
        JsonNode assessed = ok(as("agency").post(g + "/calls/" + call + "/assessment", null));
        // no indemnity yet: min(211,302.00, 70% x 121,860.00) = 85,302.00, above the 50,000.00 threshold
        assertThat(amount(assessed.get("call").get("assessed"))).isEqualTo("85302.00");
        Response sameHand = as("agency").post(g + "/calls/" + call + "/honour", "{\"reference\": \"ICBC-CALL-1\"}");
        assertThat(sameHand.status()).isEqualTo(403);
        assertThat(sameHand.json().get("rule").asText()).isEqualTo("second-person-honours");
        JsonNode honoured = ok(as("agency-checker").post(g + "/calls/" + call + "/honour", "{\"reference\": \"ICBC-CALL-1\"}"));
        assertThat(honoured.get("state").asText()).isEqualTo("HONOURED");
        assertThat(honoured.get("call").get("honouredBy").asText()).isEqualTo("agency-checker");
        assertThat(amount(honoured.get("exposure"))).isEqualTo("0.00");
        assertThat(amount(honoured.get("call").get("reimbursementsOwed").get(0).get("amount"))).isEqualTo("42651.00");
        ok(as("agency").post(g + "/reimbursements", "{\"partner\": \"risk-compensation-pool\", \"amount\": {\"amount\":"
                + " \"42651.00\"}, \"reference\": \"XA-POOL-1\"}"));

        // the insurer decides and pays after the guarantor: (121,860.00 - 10,000.00) x 80% = 89,488.00
        LocalDate claimable = defaulted.plusDays(90);
        close(claimable);
        String claim = ok(as("university").post("/api/policies/" + policy + "/claims", "{\"defaultedOn\": \"" + defaulted
                + "\"}")).get("claims").get(0).get("id").asText();
        String c = "/api/policies/" + policy + "/claims/" + claim;
        ok(as("insurer").post(c + "/assessment", "{\"reserve\": {\"amount\": \"89488.00\"}}"));
        ok(as("insurer-checker").post(c + "/approval", null));
        ok(as("insurer").post(c + "/payment", "{\"reference\": \"CAPIC-1\"}"));

        // settled: the guarantor bears 70% x (121,860.00 - 89,488.00) = 22,660.40, the pool half of it
        JsonNode settled = awaitGuarantee(guarantee, v -> !amount(v.get("call").get("indemnity")).equals("0.00"));
        JsonNode settledCall = settled.get("call");
        assertThat(amount(settledCall.get("indemnity"))).isEqualTo("89488.00");
        assertThat(amount(settledCall.get("share"))).isEqualTo("22660.40");
        assertThat(amount(settledCall.get("refundDue"))).isEqualTo("62641.60");
        assertThat(amount(settledCall.get("reimbursementsOwed").get(0).get("amount"))).isEqualTo("11330.20");

        JsonNode before = ok(as("university").get("/api/agreements/" + agreement + "/losses")).get("defaults").get(0);
        assertThat(before.get("settled").asBoolean()).isFalse();
        assertThat(before.get("transfers").toString()).contains("62641.60", "31320.80");

        ok(as("agency").post(g + "/refunds", "{\"amount\": {\"amount\": \"62641.60\"}, \"reference\": \"NWPU-REFUND-1\"}"));
        ok(as("agency").post(g + "/reimbursement-returns", "{\"partner\": \"risk-compensation-pool\", \"amount\":"
                + " {\"amount\": \"31320.80\"}, \"reference\": \"ICBC-RETURN-1\"}"));

        JsonNode loss = ok(as("qinling").get("/api/agreements/" + agreement + "/losses")).get("defaults").get(0);
        JsonNode allocation = loss.get("allocation");
        assertThat(amount(loss.get("loss"))).isEqualTo("121860.00");
        assertThat(amount(allocation.get("insurer"))).isEqualTo("89488.00");
        assertThat(amount(allocation.get("guarantor"))).isEqualTo("22660.40");
        assertThat(amount(allocation.get("guarantorRetained"))).isEqualTo("11330.20");
        assertThat(amount(allocation.get("partners").get(0).get("amount"))).isEqualTo("11330.20");
        assertThat(amount(allocation.get("licensor"))).isEqualTo("9711.60");
        assertThat(amount(loss.get("paid").get("insurer"))).isEqualTo("89488.00");
        assertThat(amount(loss.get("paid").get("guarantor"))).isEqualTo("22660.40");
        assertThat(amount(loss.get("paid").get("reimbursed").get(0).get("amount"))).isEqualTo("11330.20");
        assertThat(loss.get("transfers")).isEmpty();
        assertThat(loss.get("settled").asBoolean()).isTrue();
        for (String user : new String[] {"agency", "insurer", "university"}) {
            assertThat(as(user).get("/api/agreements/" + agreement + "/losses").status()).as(user).isEqualTo(200);
        }
        assertThat(as("weihe").get("/api/agreements/" + agreement + "/losses").status()).isEqualTo(404);

        // a later recovery of 2,266.04 (a tenth of the guarantor's share) is shared half and half with the pool
        LocalDate recoveredOn = claimable.plusDays(10);
        close(recoveredOn);
        JsonNode recovered = ok(as("agency").post(g + "/recoveries", "{\"amount\": {\"amount\": \"2266.04\"},"
                + " \"source\": \"OBLIGOR\", \"reference\": \"QINLING-R-1\"}"));
        assertThat(recovered.get("state").asText()).isEqualTo("RECOVERING");
        assertThat(recovered.get("call").get("recoveries").toString()).contains("\"guarantor\"", "\"risk-compensation-pool\"");
        StreamSupport.stream(recovered.get("call").get("recoveries").spliterator(), false)
                .forEach(r -> assertThat(amount(r.get("amount"))).isEqualTo("1133.02"));

        JsonNode audited = ok(as("auditor").get("/api/audit/guarantees/" + guarantee + "?version="
                + recovered.get("version").asLong()));
        assertThat(audited.get("type").asText()).isEqualTo("guarantees");
        assertThat(amount(audited.get("state").get("file").get("call").get("honoured"))).isEqualTo("85302.00");

        exposureSeriesShowsEachStep(start, defaulted, claimable, recoveredOn);
        replayingTheEventsToTheProcessManagerChangesNothing(agreement, policy, guarantee);
    }

    private void exposureSeriesShowsEachStep(LocalDate start, LocalDate defaulted, LocalDate claimable, LocalDate recoveredOn) {
        String path = "/api/guarantors/" + AGENCY_ORG + "/exposure";
        await().atMost(Duration.ofSeconds(30)).until(() -> amount(ok(as("agency").get(path)).get("figures")
                .get("recovered")).equals("2266.04"));
        JsonNode exposure = ok(as("agency").get(path));
        assertThat(exposure.get("asOf").asText()).isEqualTo(recoveredOn.toString());
        JsonNode figures = exposure.get("figures");
        assertThat(amount(figures.get("called"))).isEqualTo("121860.00");
        assertThat(amount(figures.get("honoured"))).isEqualTo("85302.00");
        assertThat(amount(figures.get("reimbursed"))).isEqualTo("11330.20");
        assertThat(amount(figures.get("refunded"))).isEqualTo("62641.60");
        assertThat(amount(figures.get("recoveredOwn"))).isEqualTo("1133.02");
        JsonNode series = exposure.get("series");
        assertThat(amount(day(series, start).get("exposure"))).isEqualTo("210000.00");
        assertThat(amount(day(series, defaulted.minusDays(1)).get("exposure"))).isEqualTo("210000.00");
        JsonNode onDefault = day(series, defaulted);
        assertThat(amount(onDefault.get("exposure"))).isEqualTo("0.00"); // noted (211,302.00), called and honoured that day
        assertThat(amount(onDefault.get("called"))).isEqualTo("121860.00");
        assertThat(amount(onDefault.get("honoured"))).isEqualTo("85302.00");
        assertThat(amount(onDefault.get("reimbursed"))).isEqualTo("42651.00");
        JsonNode settledDay = day(series, claimable);
        assertThat(amount(settledDay.get("refunded"))).isEqualTo("62641.60");
        assertThat(amount(settledDay.get("reimbursed"))).isEqualTo("11330.20");
        assertThat(amount(day(series, claimable.plusDays(1)).get("recovered"))).isEqualTo("0.00");
        assertThat(amount(day(series, recoveredOn).get("recovered"))).isEqualTo("2266.04");
        assertThat(exposure.get("limits").get("leverageLimit").get("amount").asText()).isEqualTo("2000000000.00");
        assertThat(exposure.get("byLicensee").get(0).get("key").asText()).isEqualTo(QINLING_ORG);
        assertThat(as("qinling").get(path).status()).isEqualTo(403);
    }

    /** The agreement's and the policy's events, fed to the process manager twice more: nothing new is recorded. */
    private void replayingTheEventsToTheProcessManagerChangesNothing(String agreement, String policy, String guarantee) {
        long before = eventCount(guarantee);
        for (int round = 0; round < 2; round++) {
            transactions.executeWithoutResult(tx -> {
                eventStore.readEvents(agreement, 0L).asStream().forEach(e -> process.on((AgreementEvent) e.getPayload(),
                        e.getIdentifier(), e.getSequenceNumber()));
                eventStore.readEvents(policy, 0L).asStream().forEach(e -> process.on((PolicyEvent) e.getPayload(),
                        e.getIdentifier()));
            });
        }
        assertThat(eventCount(guarantee)).isEqualTo(before);
    }

    private String activePolicy(String agreement) {
        String policy = ok(as("insurer").post("/api/policies", """
                {"agreementId": "%s", "coverageLimit": {"amount": "250000.00"}, "indemnityRatio": "0.8",
                 "deductible": {"amount": "10000.00"}, "insuredAmount": {"amount": "300000.00"}, "premiumRate": "0.02",
                 "waitingPeriodDays": 90, "paymentPeriodDays": 30, "secondApprovalAbove": {"amount": "50000.00"}}
                """.formatted(agreement))).get("id").asText();
        JsonNode active = ok(as("insurer").post("/api/policies/" + policy + "/premium-payments",
                "{\"payer\": \"POLICYHOLDER\", \"amount\": {\"amount\": \"6000.00\"}}"));
        assertThat(active.get("state").asText()).isEqualTo("ACTIVE");
        return policy;
    }

    /** A licensed agreement of the university with Qinling: 120,000.00 due a month after purchase, then 180,000.00. */
    private String licensedAgreement() {
        String id = ok(as("university").post("/api/agreements", Proposals.harmonicDrives(QINLING_ORG))).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        ok(as("qinling").post("/api/agreements/" + id + "/purchase", null));
        return id;
    }

    private JsonNode awaitGuarantee(String id, Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(30)).until(() -> condition.test(ok(as("agency").get("/api/guarantees/" + id))));
        return ok(as("agency").get("/api/guarantees/" + id));
    }

    private static JsonNode day(JsonNode series, LocalDate date) {
        return StreamSupport.stream(series.spliterator(), false).filter(d -> d.get("date").asText().equals(date.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no day " + date + " in the series"));
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 201);
        return r.json();
    }

    private static String amount(JsonNode money) {
        return money.get("amount").asText();
    }
}

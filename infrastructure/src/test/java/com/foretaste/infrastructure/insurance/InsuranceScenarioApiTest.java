package com.foretaste.infrastructure.insurance;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.insurance.policy.EarnedPremium;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.application.insurance.PolicyClaimsProcess;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.StreamSupport;

import static com.foretaste.infrastructure.support.TestUsers.OPERATOR_ORG;
import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.WEIHE_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The insurer's whole flow (issue 11, "Done when"): agreement A, insured by a policy, defaults; end-of-day
 * runs pass the waiting period; the university files its claim, the insurer assesses it (reserve), a second
 * person approves it, it is paid; Qinling's later payment is a recovery shared by insurer and university.
 * Agreement B's policy files its claim itself, and Weihe cures before payment: the claim is withdrawn. The
 * insurer's summary shows every figure. The context is this class's alone (its own schema), so it is
 * closed after it rather than kept, with its connections, while other classes run.
 */
@PostgresIntegrationTest
@DirtiesContext
class InsuranceScenarioApiTest extends InsuranceTestBase {

    private static final String INSURER = "6f1c2a4e-0005-4000-8000-000000000005";

    @Autowired
    PolicyClaimsProcess process;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_default_is_claimed_assessed_approved_by_a_second_person_paid_and_recovered_and_a_cure_withdraws_a_claim() {
        String a = licensedAgreement("qinling", QINLING_ORG);
        String b = licensedAgreement("weihe", WEIHE_ORG);
        LocalDate start = today();
        String pa = quoted(a, false);
        String pb = quoted(b, true);
        for (String p : new String[] {pa, pb}) {
            ok(as("insurer").post("/api/policies/" + p + "/premium-payments", "{\"payer\": \"SUBSIDY\", \"amount\": {\"amount\": \"2400.00\"}}"));
            JsonNode active = ok(as("insurer").post("/api/policies/" + p + "/premium-payments",
                    "{\"payer\": \"POLICYHOLDER\", \"amount\": {\"amount\": \"3600.00\"}, \"reference\": \"ICBC-77\"}"));
            assertThat(active.get("state").asText()).isEqualTo("ACTIVE");
        }

        // 120,000.00 due a month after purchase, unpaid after 30 days' grace: default, with 31 days of interest
        LocalDate defaulted = start.plusMonths(1).plusDays(31);
        close(defaulted);
        JsonNode covered = awaitPolicy(pa, p -> p.get("defaults").size() == 1).get("defaults").get(0);
        awaitPolicy(pb, p -> p.get("defaults").size() == 1);
        assertThat(covered.get("defaultedOn").asText()).isEqualTo(defaulted.toString());
        assertThat(amount(covered.get("principal"))).isEqualTo("120000.00");
        assertThat(amount(covered.get("interest"))).isEqualTo("1860.00"); // 120,000.00 x 0.05% x 31 days
        assertThat(amount(covered.get("loss"))).isEqualTo("121860.00");
        assertThat(covered.get("claimableFrom").asText()).isEqualTo(defaulted.plusDays(90).toString());

        close(defaulted.plusDays(89));
        Response early = as("university").post("/api/policies/" + pa + "/claims", "{\"defaultedOn\": \"" + defaulted + "\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asText()).isEqualTo("waiting-period-over");

        close(defaulted.plusDays(90));
        Response filed = as("university").post("/api/policies/" + pa + "/claims", "{\"defaultedOn\": \"" + defaulted + "\"}");
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String claimA = onlyClaim(filed.json()).get("id").asText();
        assertThat(filed.location()).endsWith("/api/policies/" + pa + "/claims/" + claimA);
        JsonNode automatic = onlyClaim(policy(pb, "insurer"));
        assertThat(automatic.get("filedBy").asText()).isEqualTo("platform");
        String claimB = automatic.get("id").asText();

        String claimsA = "/api/policies/" + pa + "/claims/" + claimA;
        JsonNode assessed = ok(as("insurer").post(claimsA + "/assessment", "{\"reserve\": {\"amount\": \"89488.00\"}, \"note\": \"loss confirmed\"}"));
        assertThat(amount(onlyClaim(assessed).get("reserve"))).isEqualTo("89488.00");
        ok(as("insurer").post("/api/policies/" + pb + "/claims/" + claimB + "/assessment", "{\"reserve\": {\"amount\": \"30000.00\"}}"));

        // (121,860.00 - 10,000.00) x 80% = 89,488.00, above the 50,000.00 threshold: the assessor may not approve it
        Response sameHand = as("insurer").post(claimsA + "/approval", null);
        assertThat(sameHand.status()).isEqualTo(403);
        assertThat(sameHand.json().get("rule").asText()).isEqualTo("second-person-approves");
        JsonNode approved = onlyClaim(ok(as("insurer-checker").post(claimsA + "/approval", null)));
        assertThat(amount(approved.get("indemnity"))).isEqualTo("89488.00");
        assertThat(approved.get("approvedBy").asText()).isEqualTo("insurer-checker");
        LocalDate approvedOn = defaulted.plusDays(90);
        assertThat(approved.get("paymentDueOn").asText()).isEqualTo(approvedOn.plusDays(30).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> claims("?state=APPROVED").size() == 1);
        JsonNode queued = claims("?state=APPROVED").get(0);
        assertThat(queued.get("paymentDueOn").asText()).isEqualTo(approvedOn.plusDays(30).toString());
        assertThat(queued.get("ageDays").asLong()).isZero();
        assertThat(queued.get("overdue").asBoolean()).isFalse();

        close(approvedOn.plusDays(31));
        assertThat(onlyClaim(policy(pa, "insurer")).get("paymentOverdue").asBoolean()).isTrue();
        JsonNode overdue = claims("?overdue=true").get(0);
        assertThat(overdue.get("id").asText()).isEqualTo(claimA);
        assertThat(overdue.get("ageDays").asLong()).isEqualTo(31);
        JsonNode paid = onlyClaim(ok(as("insurer").post(claimsA + "/payment", "{\"reference\": \"CAPIC-2026-0001\"}")));
        assertThat(paid.get("state").asText()).isEqualTo("PAID");
        assertThat(amount(paid.get("reserve"))).isEqualTo("0.00");

        // Weihe pays everything due (and more, kept as credit): cured before its claim was paid, the claim is withdrawn
        ok(as("university").post("/api/agreements/" + b + "/payments", "{\"reference\": \"WEIHE-1\", \"amount\": {\"amount\": \"150000.00\"}}"));
        assertThat(as("university").get("/api/agreements/" + b).json().get("state").asText()).isEqualTo("LICENSED");
        JsonNode withdrawn = onlyClaim(awaitPolicy(pb, p -> onlyClaim(p).get("state").asText().equals("WITHDRAWN")));
        assertThat(amount(withdrawn.get("reserve"))).isEqualTo("0.00");

        // Qinling pays 50,000.00 on the defaulted amount: the insurer bore 89,488.00 of 121,860.00
        ok(as("university").post("/api/agreements/" + a + "/payments", "{\"reference\": \"QINLING-1\", \"amount\": {\"amount\": \"50000.00\"}}"));
        JsonNode recovered = onlyClaim(awaitPolicy(pa, p -> !amount(onlyClaim(p).get("recoveredByInsurer")).equals("0.00")));
        // 50,000.00 x 89,488 / 121,860 = 36,717.544 -> 36,717.54 to the insurer, 13,282.46 to the university
        assertThat(amount(recovered.get("recoveredByInsurer"))).isEqualTo("36717.54");
        assertThat(amount(recovered.get("recoveredByInsured"))).isEqualTo("13282.46");

        summaryShowsEveryFigure(start, approvedOn.plusDays(31));
        replayingTheAgreementsEventsToTheProcessManagerChangesNothing(a, b, pa, pb);
        JsonNode rebuilt = ok(as("operator").post("/api/audit/projections/rebuild", null));
        assertThat(rebuilt.get("equal").asBoolean()).as(rebuilt.toString()).isTrue();
        assertThat(rebuilt.get("rows").get("claim_queue").asInt()).isEqualTo(2);
    }

    /** The same agreement events, fed twice more (the second time with the record of their handling lost). */
    private void replayingTheAgreementsEventsToTheProcessManagerChangesNothing(String a, String b, String pa, String pb) {
        long before = eventCount(pa) + eventCount(pb);
        for (int round = 0; round < 2; round++) {
            if (round == 1) {
                jdbc.update("DELETE FROM process_handled_event");
            }
            for (String agreement : new String[] {a, b}) {
                transactions.executeWithoutResult(tx -> eventStore.readEvents(agreement, 0L).asStream()
                        .forEach(e -> process.on((AgreementEvent) e.getPayload(), e.getIdentifier())));
            }
        }
        assertThat(eventCount(pa) + eventCount(pb)).isEqualTo(before);
        assertThat(onlyClaim(policy(pa, "insurer")).get("recoveredByInsurer").get("amount").asText()).isEqualTo("36717.54");
        assertThat(onlyClaim(policy(pb, "insurer")).get("state").asText()).isEqualTo("WITHDRAWN");
    }

    private void summaryShowsEveryFigure(LocalDate start, LocalDate today) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode f = ok(as("insurer").get("/api/insurers/" + INSURER + "/summary")).get("figures").get(0);
            return amount(f.get("recoveries")).equals("36717.54");
        });
        JsonNode f = ok(as("insurer").get("/api/insurers/" + INSURER + "/summary")).get("figures").get(0);
        Money earnedEach = EarnedPremium.before(Money.of("6000.00", "CNY"), new DateRange(start, start.plusMonths(12)), today);
        String earned = earnedEach.plus(earnedEach).amount().toPlainString();
        assertThat(f.get("currency").asText()).isEqualTo("CNY");
        assertThat(amount(f.get("premiumWritten"))).isEqualTo("12000.00");
        assertThat(amount(f.get("premiumEarned"))).isEqualTo(earned);
        assertThat(amount(f.get("reserves"))).isEqualTo("0.00");
        assertThat(amount(f.get("indemnitiesPaid"))).isEqualTo("89488.00");
        assertThat(amount(f.get("incurred"))).isEqualTo("89488.00");
        assertThat(amount(f.get("recoveries"))).isEqualTo("36717.54");
        assertThat(new BigDecimal(f.get("lossRatio").asText())).isEqualByComparingTo(
                new BigDecimal("89488.00").divide(new BigDecimal(earned), 4, RoundingMode.HALF_EVEN));
        JsonNode months = f.get("months");
        assertThat(months.get(0).get("month").asText()).isEqualTo(start.toString().substring(0, 7));
        assertThat(amount(months.get(0).get("premiumWritten"))).isEqualTo("12000.00");
        BigDecimal earnedByMonth = StreamSupport.stream(months.spliterator(), false)
                .map(m -> new BigDecimal(amount(m.get("premiumEarned")))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(earnedByMonth).isEqualByComparingTo(earned);
        JsonNode assessedMonth = StreamSupport.stream(months.spliterator(), false)
                .filter(m -> m.get("month").asText().equals(today.minusDays(31).toString().substring(0, 7))).findFirst().orElseThrow();
        assertThat(amount(assessedMonth.get("reservesAtEnd"))).isNotEqualTo("0.00");
    }

    private String quoted(String agreement, boolean automaticFiling) {
        Response r = as("insurer").post("/api/policies", """
                {
                  "agreementId": "%s",
                  "coverageLimit": {"amount": "250000.00"}, "indemnityRatio": "0.8", "deductible": {"amount": "10000.00"},
                  "insuredAmount": {"amount": "300000.00"}, "premiumRate": "0.02",
                  "subsidyShare": "0.4", "subsidisedBy": "%s",
                  "waitingPeriodDays": 90, "paymentPeriodDays": 30,
                  "secondApprovalAbove": {"amount": "50000.00"}, "automaticFiling": %s
                }
                """.formatted(agreement, OPERATOR_ORG, automaticFiling));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().get("state").asText()).isEqualTo("QUOTED");
        assertThat(amount(r.json().get("premium"))).isEqualTo("6000.00");
        return r.json().get("id").asText();
    }

    private JsonNode claims(String query) {
        return ok(as("insurer").get("/api/claims" + query));
    }
}

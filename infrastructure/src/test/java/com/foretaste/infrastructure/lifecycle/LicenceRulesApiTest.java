package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The licence rules as the wire shows them (docs/domain/licensing.md): what the portfolio counts as
 * fallen due and received, the trial fee and a late royalty report in the schedule and the events,
 * the field a refused swap names. Portfolio figures are compared before and after,
 * since other scenarios share the licensor.
 */
@PostgresIntegrationTest
class LicenceRulesApiTest extends LifecycleTestBase {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void an_amount_due_at_purchase_and_paid_the_same_day_shows_as_fallen_due_in_full_in_the_portfolio() {
        Revenue before = settledRevenue();
        String id = ok(as("university").post("/api/agreements", upfrontProposal(""))).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        ok(as("qinling").post("/api/agreements/" + id + "/purchase", null));
        ok(as("university").post("/api/agreements/" + id + "/payments",
                "{\"reference\": \"ICBC-same-day\", \"amount\": {\"amount\": \"100000.00\"}}"));

        assertThat(eventTypes(id)).containsSubsequence("LicencePurchased", "AmountFellDue", "PaymentRecorded");
        // 100,000.00 upfront fell due and was received on the purchase date
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Revenue after = revenue();
            assertThat(after.fellDue().subtract(before.fellDue())).isEqualByComparingTo("100000.00");
            assertThat(after.received().subtract(before.received())).isEqualByComparingTo("100000.00");
        });
    }

    @Test
    void a_trial_fee_is_charged_at_acceptance_and_still_owed_and_paid_after_walking_away() {
        LocalDate d0 = today();
        Revenue before = settledRevenue();
        String id = ok(as("university").post("/api/agreements", upfrontProposal("\"trialFee\": {\"amount\": \"5000.00\"},")))
                .get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        JsonNode charged = line(schedule(id), 1);
        assertThat(charged.get("kind").asText()).isEqualTo("TRIAL_FEE");
        assertThat(charged.get("dueOn").asText()).isEqualTo(d0.plusDays(30).toString());
        assertThat(amount(charged.get("principalOutstanding"))).isEqualTo("5000.00");

        ok(as("qinling").post("/api/agreements/" + id + "/walk-away", "{\"reason\": \"no market\"}"));
        close(d0.plusDays(31));
        assertThat(state(id)).isEqualTo("RELEASED");
        JsonNode overdue = line(schedule(id), 1);
        assertThat(overdue.get("daysPastDue").asLong()).isEqualTo(1);
        assertThat(overdue.get("bucket").asText()).isEqualTo("1-30");
        // 5,000.00 x 0.0005 a day x 1 day = 2.50
        assertThat(amount(overdue.get("interest"))).isEqualTo("2.50");

        JsonNode paid = ok(as("university").post("/api/agreements/" + id + "/payments",
                "{\"reference\": \"ICBC-trial-fee\", \"amount\": {\"amount\": \"5002.50\"}}"));
        assertThat(paid.get("state").asText()).isEqualTo("RELEASED");
        assertThat(amount(line(schedule(id), 1).get("principalOutstanding"))).isEqualTo("0.00");
        assertThat(eventTypes(id)).containsSubsequence("TrialStarted", "TrialFeeCharged", "WalkedAway", "AmountFellDue",
                "AmountOverdue", "DelinquencyBucketChanged", "PaymentRecorded", "DelinquencyBucketChanged");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Revenue after = revenue();
            assertThat(after.fellDue().subtract(before.fellDue())).isEqualByComparingTo("5000.00");
            assertThat(after.received().subtract(before.received())).isEqualByComparingTo("5002.50");
        });
    }

    @Test
    void a_royalty_reported_after_its_year_closed_is_reduced_by_the_top_up_already_charged() {
        LocalDate d0 = today();
        String id = ok(as("university").post("/api/agreements", royaltyProposal())).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        ok(as("qinling").post("/api/agreements/" + id + "/purchase", null));
        close(d0.plusMonths(3));
        ok(as("qinling").post("/api/agreements/" + id + "/royalty-reports", report(d0, d0.plusMonths(3), "200000.00")));
        close(d0.plusYears(1));

        // year 1: 3% x 200,000.00 = 6,000.00 reported, topped up by 4,000.00 to the 10,000.00 minimum
        JsonNode closed = schedule(id);
        assertThat(amount(line(closed, 1).get("amount"))).isEqualTo("6000.00");
        assertThat(line(closed, 2).get("kind").asText()).isEqualTo("MINIMUM_ROYALTY_TOP_UP");
        assertThat(amount(line(closed, 2).get("amount"))).isEqualTo("4000.00");

        // reported late: 3% x 200,000.00 = 6,000.00, less the 4,000.00 top-up = 2,000.00
        ok(as("qinling").post("/api/agreements/" + id + "/royalty-reports",
                report(d0.plusMonths(3), d0.plusYears(1), "200000.00")));
        JsonNode late = line(schedule(id), 3);
        assertThat(late.get("kind").asText()).isEqualTo("ROYALTY");
        assertThat(amount(late.get("amount"))).isEqualTo("2000.00");
        JsonNode offset = lastEvent(id);
        assertThat(offset.get("type").asText()).isEqualTo("LateRoyaltyOffset");
        assertThat(amount(offset.get("payload").get("royalty"))).isEqualTo("6000.00");
        assertThat(amount(offset.get("payload").get("offset"))).isEqualTo("4000.00");
    }

    @Test
    void a_swap_at_a_price_of_zero_is_refused_naming_the_price_per_share() {
        String id = ok(as("university").post("/api/agreements", upfrontProposal(""))).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));
        ok(as("qinling").post("/api/agreements/" + id + "/purchase", null));
        long events = eventCount(id);

        Response refused = as("university").post("/api/agreements/" + id + "/equity-swaps",
                "{\"swapId\": \"free-shares\", \"shares\": 1000, \"pricePerShare\": 0, \"sharesOutstandingAfter\": 100000}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("rule").asText()).isEqualTo("swap-shares-and-price-positive");
        assertThat(refused.json().get("field").asText()).isEqualTo("pricePerShare");
        assertThat(eventCount(id)).isEqualTo(events);
    }

    /** A six-month trial; 300,000.00 as 100,000.00 upfront and 200,000.00 a year after purchase. */
    static String upfrontProposal(String extraTerms) {
        return """
                {
                  "licensee": "%s",
                  "patents": ["CN114123456B"],
                  "terms": {
                    "fieldOfUse": "harmonic drives", "territory": "Mainland China", "exclusivity": "EXCLUSIVE",
                    "trialMonths": 6, "licenceTermMonths": 24, %s
                    "price": {
                      "licenceFee": {"amount": "300000.00"}, "upfrontFee": {"amount": "100000.00"},
                      "instalments": [{"amount": {"amount": "200000.00"}, "monthsAfterLicenceStart": 12}]
                    },
                    "lateInterestDailyRate": "0.0005", "gracePeriodDays": 30, "curePeriodDays": 60
                  }
                }
                """.formatted(QINLING_ORG, extraTerms);
    }

    /** A six-month trial, then a two-year licence for a 3% royalty with a minimum of 10,000.00 a year. */
    static String royaltyProposal() {
        return """
                {
                  "licensee": "%s",
                  "patents": ["CN114123456B"],
                  "terms": {
                    "fieldOfUse": "harmonic drives", "territory": "Mainland China", "exclusivity": "EXCLUSIVE",
                    "trialMonths": 6, "licenceTermMonths": 24,
                    "price": {
                      "licenceFee": {"amount": "0.00"},
                      "royalty": {"rate": "0.03", "minimumAnnualRoyalty": {"amount": "10000.00"}}
                    },
                    "lateInterestDailyRate": "0.0005", "gracePeriodDays": 30, "curePeriodDays": 60
                  }
                }
                """.formatted(QINLING_ORG);
    }

    static String report(LocalDate from, LocalDate toExclusive, String netSales) {
        return "{\"periodStart\": \"%s\", \"periodEnd\": \"%s\", \"netSales\": {\"amount\": \"%s\"}}"
                .formatted(from, toExclusive.minusDays(1), netSales);
    }

    JsonNode lastEvent(String id) {
        JsonNode events = ok(as("university").get("/api/agreements/" + id + "/events"));
        return events.get(events.size() - 1);
    }

    List<String> eventTypes(String id) {
        return StreamSupport.stream(ok(as("university").get("/api/agreements/" + id + "/events")).spliterator(), false)
                .map(e -> e.get("type").asText()).toList();
    }

    record Revenue(BigDecimal fellDue, BigDecimal received) {
    }

    Revenue revenue() {
        JsonNode revenue = as("university").get("/api/portfolio").json().get("revenue");
        return revenue.isEmpty() ? new Revenue(BigDecimal.ZERO, BigDecimal.ZERO) : new Revenue(
                new BigDecimal(revenue.get(0).get("fellDue").get("amount").asText()),
                new BigDecimal(revenue.get(0).get("received").get("amount").asText()));
    }

    /** The portfolio once its projection has processed every event stored so far (earlier scenarios' too). */
    Revenue settledRevenue() {
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry", Long.class);
        StreamingEventProcessor portfolio = processing.eventProcessor("agreement-summary", StreamingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> !portfolio.processingStatus().isEmpty()
                && portfolio.processingStatus().values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= head));
        return revenue();
    }
}

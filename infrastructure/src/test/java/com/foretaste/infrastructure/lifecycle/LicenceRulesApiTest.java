package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The licence rules as the wire shows them (docs/domain/licensing.md): what the portfolio counts as
 * fallen due and received, and the events behind it. Portfolio figures are compared before and after,
 * since other scenarios share the licensor.
 */
@PostgresIntegrationTest
class LicenceRulesApiTest extends LifecycleTestBase {

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

    /** The portfolio once the projections caught up with earlier scenarios: the same on two reads apart. */
    Revenue settledRevenue() {
        Revenue[] last = {revenue()};
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(300)).until(() -> {
            Revenue now = revenue();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }
}

package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One agreement through its whole life over the API: trial, extension, purchase with a dated and a
 * revenue-conditional instalment, a partial payment, end-of-day runs across the due date and the
 * grace period into default, a cure with interest, an equity swap, completion.
 */
@PostgresIntegrationTest
class LicenceLifecycleApiTest extends LifecycleTestBase {

    @Test
    void a_licence_from_trial_through_default_and_cure_to_completion() {
        LocalDate d0 = today();
        BigDecimal receivedBefore = received(as("university").get("/api/portfolio").json());
        String id = ok(as("university").post("/api/agreements", proposal(QINLING_ORG, ""))).get("id").asText();
        ok(as("qinling").post("/api/agreements/" + id + "/acceptance", null));

        JsonNode extended = ok(as("university").post("/api/agreements/" + id + "/trial-extensions",
                "{\"additionalMonths\": 2, \"licenseeRequest\": \"letter of 2026-04-20: field tests need two more months\"}"));
        assertThat(extended.get("trial").get("endsOn").asText()).isEqualTo(d0.plusMonths(8).minusDays(1).toString());
        ok(as("qinling").post("/api/agreements/" + id + "/trial-findings",
                "{\"summary\": \"defect rate down 30%\", \"measuredResults\": [\"defects 2.1% -> 1.5%\"]}"));

        LocalDate purchase = d0.plusDays(60);
        close(purchase);
        assertThat(state(id)).isEqualTo("TRIAL");
        JsonNode bought = ok(as("qinling").post("/api/agreements/" + id + "/purchase", null));
        assertThat(bought.get("state").asText()).isEqualTo("LICENSED");
        JsonNode plan = schedule(id);
        assertThat(line(plan, 1).get("dueOn").asText()).isEqualTo(purchase.plusMonths(1).toString());
        assertThat(line(plan, 2).has("dueOn")).as("not due before first revenue").isFalse();
        assertThat(line(plan, 2).get("dueAtLatestOn").asText()).isEqualTo(purchase.plusMonths(12).toString());

        LocalDate dueA = purchase.plusMonths(1);
        close(dueA);
        ok(as("university").post("/api/agreements/" + id + "/payments",
                "{\"reference\": \"ICBC-2026-0601-01\", \"amount\": {\"amount\": \"20000.00\"}}"));
        assertThat(amount(line(schedule(id), 1).get("principalOutstanding"))).isEqualTo("100000.00");

        close(dueA.plusDays(10));
        JsonNode tenDaysLate = line(schedule(id), 1);
        assertThat(tenDaysLate.get("daysPastDue").asLong()).isEqualTo(10);
        assertThat(tenDaysLate.get("bucket").asText()).isEqualTo("1-30");
        // 100,000.00 x 0.0005 a day x 10 days
        assertThat(amount(tenDaysLate.get("interest"))).isEqualTo("500.00");
        assertThat(state(id)).isEqualTo("LICENSED");

        LocalDate defaultDay = dueA.plusDays(31);
        JsonNode closed = close(defaultDay);
        assertThat(state(id)).isEqualTo("DEFAULTED");
        JsonNode inDefault = line(schedule(id), 1);
        assertThat(inDefault.get("bucket").asText()).isEqualTo("31-60");
        // 100,000.00 x 0.0005 x 31 days
        assertThat(amount(inDefault.get("interest"))).isEqualTo("1550.00");

        long events = eventCount(id);
        JsonNode again = close(defaultDay);
        assertThat(again.get("datesTotal").asInt()).isZero();
        assertThat(eventCount(id)).as("closing a date twice changes nothing").isEqualTo(events);
        assertThat(as("operator").post("/api/business-days/" + defaultDay.minusDays(1) + "/close", null).status())
                .isEqualTo(409);
        assertThat(closed.get("target").asText()).isEqualTo(defaultDay.toString());
        assertThat(closed.get("state").asText()).isEqualTo("COMPLETED");

        JsonNode cured = ok(as("university").post("/api/agreements/" + id + "/payments",
                "{\"reference\": \"ICBC-2026-0702-07\", \"amount\": {\"amount\": \"101550.00\"}}"));
        assertThat(cured.get("state").asText()).isEqualTo("LICENSED");
        JsonNode paidUp = line(schedule(id), 1);
        assertThat(amount(paidUp.get("principalOutstanding"))).isEqualTo("0.00");
        assertThat(amount(paidUp.get("interestPaid"))).isEqualTo("1550.00");

        ok(as("university").post("/api/agreements/" + id + "/equity-swaps",
                "{\"swapId\": \"swap-1\", \"shares\": 100000, \"pricePerShare\": \"0.90\", \"sharesOutstandingAfter\": 2000000}"));
        JsonNode swapped = ok(as("qinling").post("/api/agreements/" + id + "/equity-swaps/swap-1/acceptance", null));
        JsonNode swap = swapped.get("licence").get("equitySwaps").get(0);
        assertThat(amount(swap.get("amount"))).isEqualTo("90000.00");
        assertThat(swap.get("stake").asText()).isEqualTo("0.05");
        assertThat(amount(line(schedule(id), 2).get("principalConverted"))).isEqualTo("90000.00");

        LocalDate termEnd = purchase.plusMonths(12);
        close(termEnd);
        JsonNode conditional = line(schedule(id), 2);
        assertThat(conditional.get("dueOn").asText()).isEqualTo(termEnd.toString());
        assertThat(amount(conditional.get("principalOutstanding"))).isEqualTo("90000.00");
        JsonNode completed = ok(as("university").post("/api/agreements/" + id + "/payments",
                "{\"reference\": \"ICBC-2027-final\", \"amount\": {\"amount\": \"90000.00\"}}"));
        assertThat(completed.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(amount(schedule(id).get("principalOutstanding"))).isEqualTo("0.00");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode portfolio = as("university").get("/api/portfolio").json();
            // 20,000.00 + 101,550.00 + 90,000.00 received over the life of this licence
            assertThat(received(portfolio).subtract(receivedBefore)).isEqualByComparingTo("211550.00");
            assertThat(portfolio.get("equityStakes").findValuesAsText("swapId")).contains("swap-1");
            assertThat(portfolio.get("trialsConverted").asLong()).isPositive();
        });
    }

    private static BigDecimal received(JsonNode portfolio) {
        JsonNode revenue = portfolio.get("revenue");
        return revenue.isEmpty() ? BigDecimal.ZERO : new BigDecimal(revenue.get(0).get("received").get("amount").asText());
    }
}

package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceYearClosed;
import com.foretaste.domain.shared.Decision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At each licence anniversary the year closes: royalties reported for periods starting in it are
 * added up and, below the minimum annual royalty (10,000.00), the shortfall is due 30 days later.
 */
class MinimumRoyaltyTest {

    private static final LocalDate FIRST_ANNIVERSARY = LocalDate.of(2026, 3, 3);
    private static final LocalDate TOP_UP_DUE = LocalDate.of(2026, 4, 2);
    private static final LocalDate REPORTED_ON = LocalDate.of(2025, 6, 10);

    /** Upfront fee paid; 3 months' net sales reported and every amount that fell due paid. */
    private static AgreementLife salesReported(String netSales, String royaltyAndInstalment) {
        return AgreementLife.boughtOn(PURCHASE_DATE, royaltyTerms()).pay(PURCHASE_DATE, "100000.00").observe(PURCHASE_DATE)
                .run(royaltyReport(PURCHASE_DATE, LocalDate.of(2025, 6, 3), netSales), REPORTED_ON)
                .pay(REPORTED_ON, royaltyAndInstalment).observe(REPORTED_ON.plusDays(30));
    }

    private static LicenceYearClosed yearClosed(int year, String reported, ScheduledAmount topUp, LocalDate on) {
        return new LicenceYearClosed(agreementId(), year, cny(reported), topUp, on);
    }

    private static ScheduledAmount topUp(int number, String amount, LocalDate dueOn) {
        return new ScheduledAmount(number, ReceivableKind.MINIMUM_ROYALTY_TOP_UP, cny(amount), dueOn, null);
    }

    @Test
    void royalties_below_the_minimum_are_topped_up_at_the_licence_anniversary() {
        // 3% x 200,000.00 = 6,000.00 reported in year 1; 10,000.00 - 6,000.00 = 4,000.00 top-up
        salesReported("200000.00", "106000.00").then().when(observe(FIRST_ANNIVERSARY), FIRST_ANNIVERSARY).thenEvents(
                fellDue(2, SECOND_DUE, "100000.00"),
                yearClosed(1, "6000.00", topUp(5, "4000.00", TOP_UP_DUE), FIRST_ANNIVERSARY));
    }

    @Test
    void a_year_whose_royalties_reach_the_minimum_closes_with_nothing_more_due() {
        // 3% x 400,000.00 = 12,000.00 reported
        salesReported("400000.00", "112000.00").then().when(observe(FIRST_ANNIVERSARY), FIRST_ANNIVERSARY).thenEvents(
                fellDue(2, SECOND_DUE, "100000.00"), yearClosed(1, "12000.00", null, FIRST_ANNIVERSARY));
    }

    @Test
    void a_year_without_sales_owes_the_whole_minimum() {
        AgreementLife.boughtOn(PURCHASE_DATE, royaltyTerms()).pay(PURCHASE_DATE, "100000.00").observe(PURCHASE_DATE)
                .then().when(observe(FIRST_ANNIVERSARY), FIRST_ANNIVERSARY).thenEvents(
                        fellDue(2, SECOND_DUE, "100000.00"),
                        yearClosed(1, "0.00", topUp(4, "10000.00", TOP_UP_DUE), FIRST_ANNIVERSARY));
    }

    @Test
    void the_year_stays_open_through_its_last_day_and_closes_once() {
        AgreementLife life = salesReported("200000.00", "106000.00");

        life.then().when(observe(FIRST_ANNIVERSARY.minusDays(1)), FIRST_ANNIVERSARY.minusDays(1)).thenNothingIsRecorded();
        life.observe(FIRST_ANNIVERSARY).then().when(observe(FIRST_ANNIVERSARY), FIRST_ANNIVERSARY).thenNothingIsRecorded();
    }

    @Test
    void the_top_up_falls_due_like_any_amount() {
        AgreementLife life = salesReported("200000.00", "106000.00").observe(FIRST_ANNIVERSARY)
                .pay(FIRST_ANNIVERSARY, "100000.00");

        life.then().when(observe(TOP_UP_DUE), TOP_UP_DUE).thenEvents(fellDue(5, TOP_UP_DUE, "4000.00"));
        life.observe(TOP_UP_DUE).then().when(observe(TOP_UP_DUE.plusDays(1)), TOP_UP_DUE.plusDays(1)).thenEvents(
                overdue(5, TOP_UP_DUE.plusDays(1), "4000.00"), bucketChanged(5, null, "1-30", 1, TOP_UP_DUE.plusDays(1)));
    }

    @Test
    void a_run_after_several_anniversaries_closes_each_year_in_turn() {
        TermsBuilder royaltyOnly = validTerms().licenceFee(cny("0.00")).instalments().royalty("0.05", cny("20000.00"));
        LocalDate dayBeforeThird = LocalDate.of(2028, 3, 2);

        List<AgreementEvent> events = AgreementLife.boughtOn(PURCHASE_DATE, royaltyOnly).then()
                .when(observe(dayBeforeThird), dayBeforeThird).decision() instanceof Decision.Accepted<AgreementEvent> a
                ? a.events() : List.of();

        assertThat(events).filteredOn(LicenceYearClosed.class::isInstance).containsExactly(
                yearClosed(1, "0.00", topUp(1, "20000.00", TOP_UP_DUE), FIRST_ANNIVERSARY),
                yearClosed(2, "0.00", topUp(2, "20000.00", LocalDate.of(2027, 4, 2)), LocalDate.of(2027, 3, 3)));
    }
}

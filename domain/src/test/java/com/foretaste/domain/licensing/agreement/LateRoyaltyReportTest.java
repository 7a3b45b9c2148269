package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.LateRoyaltyOffset;
import com.foretaste.domain.licensing.agreement.AgreementEvent.RoyaltyReported;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;

/**
 * A royalty reported for a licence year already closed is reduced by what is left of the top-up to the
 * minimum already charged for that year, never below zero, so the year is paid once: the greater of the
 * minimum and the royalties on its sales. The fixture: 3% royalty, 10,000.00 minimum a year; year 1
 * (2025-03-03 to 2026-03-02) closed with 6,000.00 reported (3% of 200,000.00) and a 4,000.00 top-up.
 */
class LateRoyaltyReportTest {

    private static final LocalDate FIRST_ANNIVERSARY = LocalDate.of(2026, 3, 3);
    private static final LocalDate LATE = LocalDate.of(2026, 3, 20);
    private static final DateRange SUMMER = new DateRange(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 9, 3));
    private static final DateRange AUTUMN_WINTER = new DateRange(LocalDate.of(2025, 9, 3), FIRST_ANNIVERSARY);

    private static AgreementLife yearOneClosedWithATopUp() {
        return AgreementLife.boughtOn(PURCHASE_DATE, royaltyTerms()).pay(PURCHASE_DATE, "100000.00")
                .run(royaltyReport(PURCHASE_DATE, SUMMER.start(), "200000.00"), LocalDate.of(2025, 6, 10))
                .observe(FIRST_ANNIVERSARY);
    }

    private static RoyaltyReported reported(DateRange period, String netSales, ScheduledAmount due) {
        return new RoyaltyReported(agreementId(), period, cny(netSales), Rate.of("0.03"), due, LATE);
    }

    private static ScheduledAmount royalty(int number, String amount) {
        return new ScheduledAmount(number, ReceivableKind.ROYALTY, cny(amount), LATE.plusDays(30), null);
    }

    @Test
    void a_late_report_within_the_top_up_already_charged_owes_nothing_more() {
        // 3% x 100,000.00 = 3,000.00, all within the 4,000.00 top-up
        yearOneClosedWithATopUp().then().when(royaltyReport(SUMMER.start(), SUMMER.endExclusive(), "100000.00"), LATE)
                .thenEvents(reported(SUMMER, "100000.00", null),
                        new LateRoyaltyOffset(agreementId(), SUMMER, 1, cny("3000.00"), cny("3000.00"), LATE));
    }

    @Test
    void a_late_report_beyond_the_top_up_left_owes_the_rest() {
        // after 3,000.00 offset, 1,000.00 of the top-up is left; 3% x 200,000.00 = 6,000.00 - 1,000.00 = 5,000.00 due
        // year 1 in all: 6,000.00 + 4,000.00 top-up + 0.00 + 5,000.00 = 15,000.00 = 3% x 500,000.00
        AgreementLife life = yearOneClosedWithATopUp()
                .run(royaltyReport(SUMMER.start(), SUMMER.endExclusive(), "100000.00"), LATE);

        life.then().when(royaltyReport(AUTUMN_WINTER.start(), AUTUMN_WINTER.endExclusive(), "200000.00"), LATE)
                .thenEvents(reported(AUTUMN_WINTER, "200000.00", royalty(6, "5000.00")),
                        new LateRoyaltyOffset(agreementId(), AUTUMN_WINTER, 1, cny("6000.00"), cny("1000.00"), LATE));
    }

    @Test
    void a_late_report_for_a_year_whose_royalties_reached_the_minimum_is_charged_in_full() {
        // 3% x 400,000.00 = 12,000.00 reported before the close: no top-up, nothing to offset
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, royaltyTerms()).pay(PURCHASE_DATE, "100000.00")
                .run(royaltyReport(PURCHASE_DATE, SUMMER.start(), "400000.00"), LocalDate.of(2025, 6, 10))
                .observe(FIRST_ANNIVERSARY);

        life.then().when(royaltyReport(SUMMER.start(), SUMMER.endExclusive(), "100000.00"), LATE)
                .thenEvents(reported(SUMMER, "100000.00", royalty(5, "3000.00")));
    }

    @Test
    void a_report_for_a_year_still_open_is_charged_in_full() {
        // the period begins in year 2 (from 2026-03-03), which has not closed
        DateRange yearTwo = new DateRange(FIRST_ANNIVERSARY, LocalDate.of(2026, 3, 20));

        yearOneClosedWithATopUp().then().when(royaltyReport(yearTwo.start(), yearTwo.endExclusive(), "100000.00"), LATE)
                .thenEvents(reported(yearTwo, "100000.00", royalty(6, "3000.00")));
    }

    @Test
    void a_late_report_without_a_minimum_royalty_is_charged_in_full() {
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, payingTerms().royalty("0.03", null))
                .pay(PURCHASE_DATE, "100000.00").observe(FIRST_ANNIVERSARY);

        life.then().when(royaltyReport(SUMMER.start(), SUMMER.endExclusive(), "100000.00"), LATE)
                .thenEvents(reported(SUMMER, "100000.00", royalty(4, "3000.00")), fellDue(3, LATE, "100000.00"));
    }
}

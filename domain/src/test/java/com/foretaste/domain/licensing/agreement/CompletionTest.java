package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceCompleted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceYearClosed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;

/** A licence completes when its term has ended and nothing is owed, whichever comes last. */
class CompletionTest {

    /** A one-year licence bought 2025-03-03: its term ends 2026-03-03. */
    private static final LocalDate TERM_END = LocalDate.of(2026, 3, 3);

    private static TermsBuilder oneYearPaidUpfront() {
        return validTerms().licenceTermMonths(12).upfrontFee(cny("300000.00")).instalments().noRoyalty();
    }

    private static AgreementLife paidUpfront(TermsBuilder terms) {
        return AgreementLife.boughtOn(PURCHASE_DATE, terms).pay(PURCHASE_DATE, "300000.00").observe(PURCHASE_DATE);
    }

    @Test
    void a_licence_completes_when_the_term_ends_with_nothing_owed() {
        AgreementLife life = paidUpfront(oneYearPaidUpfront());

        life.then().when(observe(TERM_END.minusDays(1)), TERM_END.minusDays(1)).thenNothingIsRecorded();
        life.then().when(observe(TERM_END), TERM_END).thenEvents(new LicenceCompleted(agreementId(), TERM_END));
    }

    @Test
    void a_completed_licence_takes_no_payments_and_has_no_dates_to_observe() {
        AgreementLife life = paidUpfront(oneYearPaidUpfront()).observe(TERM_END);

        life.then().when(payment("TX-9", "100.00"), TERM_END).thenNotAllowedIn(AgreementStatus.COMPLETED, "payment-while-licensed");
        life.then().when(observe(TERM_END.plusYears(1)), TERM_END.plusYears(1)).thenNothingIsRecorded();
    }

    @Test
    void a_minimum_royalty_top_up_of_the_last_year_delays_completion_until_credit_pays_it() {
        AgreementLife life = paidUpfront(oneYearPaidUpfront().royalty("0.03", cny("10000.00")));
        LocalDate topUpDue = TERM_END.plusDays(30);

        life.then().when(observe(TERM_END), TERM_END).thenEvents(new LicenceYearClosed(agreementId(), 1, cny("0.00"),
                new ScheduledAmount(2, ReceivableKind.MINIMUM_ROYALTY_TOP_UP, cny("10000.00"), topUpDue, null), TERM_END));
        life.observe(TERM_END).then().when(payment("TX-2", "10000.00"), TERM_END.plusDays(5))
                .thenEvents(paid("TX-2", TERM_END.plusDays(5), "10000.00", "10000.00"));
        life.pay(TERM_END.plusDays(5), "10000.00").then().when(observe(topUpDue), topUpDue).thenEvents(
                fellDue(2, topUpDue, "10000.00"), creditApplied(topUpDue, allocation(2, "0.00", "10000.00")),
                new LicenceCompleted(agreementId(), topUpDue));
    }

    @Test
    void paying_the_last_amount_after_the_term_completes_the_licence_at_once() {
        AgreementLife life = paidUpfront(oneYearPaidUpfront().royalty("0.03", cny("10000.00")))
                .observe(TERM_END).observe(TERM_END.plusDays(30));

        life.then().when(payment("TX-2", "10000.00"), TERM_END.plusDays(30)).thenEvents(
                paid("TX-2", TERM_END.plusDays(30), "10000.00", "0.00", allocation(2, "0.00", "10000.00")),
                new LicenceCompleted(agreementId(), TERM_END.plusDays(30)));
    }

    @Test
    void a_licence_in_default_at_the_term_end_completes_when_the_default_is_cured() {
        TermsBuilder lastDueNearTheEnd = validTerms().licenceTermMonths(12).upfrontFee(cny("150000.00")).noRoyalty()
                .instalments(new Instalment(cny("150000.00"), new DueRule.MonthsAfterLicenceStart(11)));
        LocalDate secondDue = LocalDate.of(2026, 2, 3);
        LocalDate curedOn = LocalDate.of(2026, 3, 10);
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, lastDueNearTheEnd).pay(PURCHASE_DATE, "150000.00")
                .observe(secondDue).observe(TERM_END).observe(LocalDate.of(2026, 3, 6));

        // 150,000.00 x 0.0005 x 35 days (2026-02-03 to 2026-03-10) = 2,625.00
        life.then().when(payment("TX-2", "152625.00"), curedOn).thenEvents(
                paid("TX-2", curedOn, "152625.00", "0.00", allocation(2, "2625.00", "150000.00")),
                bucketChanged(2, "31-60", null, 35, curedOn), new DefaultCured(agreementId(), curedOn),
                new LicenceCompleted(agreementId(), curedOn));
    }

    @Test
    void converting_the_last_amount_into_equity_leaves_nothing_owed_at_the_term_end() {
        TermsBuilder halfInEquity = validTerms().licenceTermMonths(12).upfrontFee(cny("100000.00")).noRoyalty()
                .instalments(new Instalment(cny("200000.00"), new DueRule.MonthsAfterLicenceStart(6)));
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, halfInEquity).pay(PURCHASE_DATE, "100000.00")
                .run(proposeSwap("S1", 20_000, "10.00", 400_000, 2), LocalDate.of(2025, 6, 1))
                .run(acceptSwap("S1"), LocalDate.of(2025, 6, 2)).observe(LocalDate.of(2025, 9, 3));

        life.then().when(observe(TERM_END), TERM_END).thenEvents(new LicenceCompleted(agreementId(), TERM_END));
    }
}

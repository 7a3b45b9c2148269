package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ReportRoyalty;
import com.foretaste.domain.licensing.agreement.AgreementEvent.RoyaltyReported;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;

/** The licensee reports net sales for a period; the royalty (rate x net sales) is due 30 days after the report. */
class RoyaltyReportTest {

    private static final LocalDate REPORTED_ON = LocalDate.of(2025, 6, 10);
    private static final LocalDate ROYALTY_DUE = LocalDate.of(2025, 7, 10);
    private static final LocalDate QUARTER_END = LocalDate.of(2025, 6, 3);

    private static RoyaltyReported reported(LocalDate from, LocalDate to, String netSales, ScheduledAmount due,
                                            LocalDate on) {
        return new RoyaltyReported(agreementId(), new DateRange(from, to), cny(netSales), Rate.of("0.03"), due, on);
    }

    private static ScheduledAmount royalty(int number, String amount, LocalDate dueOn) {
        return new ScheduledAmount(number, ReceivableKind.ROYALTY, cny(amount), dueOn, null);
    }

    private static AgreementEvent[] firstQuarterReported() {
        return with(upfrontPaid(), reported(PURCHASE_DATE, QUARTER_END, "200000.00", royalty(4, "6000.00", ROYALTY_DUE),
                REPORTED_ON), fellDue(3, REPORTED_ON, "100000.00"));
    }

    @Test
    void the_royalty_is_the_rate_times_net_sales_due_thirty_days_after_the_report_and_first_revenue_calls_the_instalment() {
        // 3% x 123,456.78 = 3,703.7034 -> 3,703.70
        given(licensedOn(royaltyTerms(), upfrontPaid())).when(royaltyReport(PURCHASE_DATE, QUARTER_END, "123456.78"),
                REPORTED_ON).thenEvents(
                reported(PURCHASE_DATE, QUARTER_END, "123456.78", royalty(4, "3703.70", ROYALTY_DUE), REPORTED_ON),
                fellDue(3, REPORTED_ON, "100000.00"));
    }

    @Test
    void later_revenue_calls_no_instalment_again() {
        LocalDate nextEnd = LocalDate.of(2025, 9, 3);
        LocalDate nextReport = LocalDate.of(2025, 9, 10);

        given(licensedOn(royaltyTerms(), firstQuarterReported())).when(royaltyReport(QUARTER_END, nextEnd, "100000.00"),
                nextReport).thenEvents(reported(QUARTER_END, nextEnd, "100000.00",
                royalty(5, "3000.00", nextReport.plusDays(30)), nextReport));
    }

    @Test
    void a_report_of_no_sales_owes_nothing_and_is_no_first_revenue() {
        given(licensedOn(royaltyTerms(), upfrontPaid())).when(royaltyReport(PURCHASE_DATE, QUARTER_END, "0.00"), REPORTED_ON)
                .thenEvents(reported(PURCHASE_DATE, QUARTER_END, "0.00", null, REPORTED_ON));
    }

    @Test
    void the_royalty_falls_due_on_its_date() {
        AgreementScenario thirdPaid = given(licensedOn(royaltyTerms(), with(firstQuarterReported(),
                paid("TX-2", REPORTED_ON, "100000.00", "0.00", allocation(3, "0.00", "100000.00")))));

        thirdPaid.when(observe(ROYALTY_DUE.minusDays(1)), ROYALTY_DUE.minusDays(1)).thenNothingIsRecorded();
        thirdPaid.when(observe(ROYALTY_DUE), ROYALTY_DUE).thenEvents(fellDue(4, ROYALTY_DUE, "6000.00"));
    }

    @Test
    void a_period_reported_already_cannot_be_reported_again_even_in_part() {
        given(licensedOn(royaltyTerms(), firstQuarterReported()))
                .when(royaltyReport(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1), "50000.00"), LocalDate.of(2025, 9, 1))
                .thenInvalid("royalty-period-reported-once", "period");
        given(licensedOn(royaltyTerms(), firstQuarterReported()))
                .when(royaltyReport(PURCHASE_DATE, QUARTER_END, "200000.00"), REPORTED_ON)
                .thenInvalid("royalty-period-reported-once", "period");
    }

    @Test
    void a_royalty_period_lies_in_the_licence_term_and_has_ended() {
        AgreementScenario licensed = given(licensedOn(royaltyTerms(), upfrontPaid()));

        licensed.when(royaltyReport(PURCHASE_DATE.minusDays(1), QUARTER_END, "1000.00"), REPORTED_ON)
                .thenInvalid("royalty-period-within-licence", "period");
        licensed.when(royaltyReport(PURCHASE_DATE, REPORTED_ON.plusDays(2), "1000.00"), REPORTED_ON)
                .thenInvalid("royalty-period-within-licence", "period");
        licensed.when(royaltyReport(QUARTER_END, QUARTER_END, "1000.00"), REPORTED_ON)
                .thenInvalid("royalty-period-within-licence", "period");
    }

    @Test
    void net_sales_are_zero_or_more_in_the_agreements_currency() {
        given(licensedOn(royaltyTerms(), upfrontPaid())).when(royaltyReport(PURCHASE_DATE, QUARTER_END, "-1.00"), REPORTED_ON)
                .thenInvalid("amount-non-negative", "netSales");
        given(licensedOn(royaltyTerms(), upfrontPaid())).when(new ReportRoyalty(agreementId(), licensee(),
                new DateRange(PURCHASE_DATE, QUARTER_END), usd("1000.00")), REPORTED_ON).thenInvalid("single-currency", "netSales");
    }

    @Test
    void without_a_royalty_a_sales_report_owes_nothing_but_tells_first_revenue() {
        var decision = given(licensedThen(upfrontPaid())).when(royaltyReport(PURCHASE_DATE, QUARTER_END, "1000.00"),
                REPORTED_ON).decision();

        assertThat(decision).isInstanceOf(com.foretaste.domain.shared.Decision.Accepted.class);
        var events = ((com.foretaste.domain.shared.Decision.Accepted<AgreementEvent>) decision).events();
        var report = (AgreementEvent.RoyaltyReported) events.get(0);
        assertThat(report.royaltyDue()).isNull();
        assertThat(report.rate().isZero()).isTrue();
        assertThat(events.stream().skip(1)).allMatch(AgreementEvent.AmountFellDue.class::isInstance);
    }

    @Test
    void only_the_licensee_reports_its_net_sales() {
        given(licensedOn(royaltyTerms(), upfrontPaid())).when(new ReportRoyalty(agreementId(), licensor(),
                new DateRange(PURCHASE_DATE, QUARTER_END), cny("1000.00")), REPORTED_ON)
                .thenRejected(RejectionKind.NOT_A_PARTY, "royalty-reported-by-licensee");
    }

    @Test
    void royalties_are_reported_under_a_licence_in_force() {
        given(proposed(royaltyTerms()), trialStarted()).when(royaltyReport(PURCHASE_DATE, QUARTER_END, "1000.00"), REPORTED_ON)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "royalty-while-licensed");
    }
}

package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.*;
import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.OrganisationId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;

/**
 * A licence bought during the trial on {@link #PURCHASE_DATE} for 300,000.00 CNY: 100,000.00 upfront,
 * 100,000.00 twelve months later, 100,000.00 on first revenue (backstop 24 months); no royalty unless
 * {@link #royaltyTerms()}; 0.05% a day late interest, 30 days' grace, 60 days to cure.
 */
final class LicenceFixture {

    static final LocalDate PURCHASE_DATE = LocalDate.of(2025, 3, 3);
    static final DateRange LICENCE_TERM = DateRange.ofMonths(PURCHASE_DATE, 60);
    static final LocalDate UPFRONT_DUE = PURCHASE_DATE;
    static final LocalDate SECOND_DUE = LocalDate.of(2026, 3, 3);
    static final LocalDate BACKSTOP = LocalDate.of(2027, 3, 3);
    /** Day 31 after the upfront fee fell due: past the 30 days' grace. */
    static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 4, 3);

    private LicenceFixture() {
    }

    static TermsBuilder payingTerms() {
        return validTerms().upfrontFee(cny("100000.00")).instalments(
                new Instalment(cny("100000.00"), new DueRule.MonthsAfterLicenceStart(12)),
                new Instalment(cny("100000.00"), new DueRule.OnFirstRevenue(24))).noRoyalty();
    }

    /** The paying terms plus a 3% royalty with a minimum of 10,000.00 a licence year. */
    static TermsBuilder royaltyTerms() {
        return payingTerms().royalty("0.03", cny("10000.00"));
    }

    static List<ScheduledAmount> schedule() {
        return List.of(
                new ScheduledAmount(1, ReceivableKind.UPFRONT_FEE, cny("100000.00"), UPFRONT_DUE, null),
                new ScheduledAmount(2, ReceivableKind.INSTALMENT, cny("100000.00"), SECOND_DUE, null),
                new ScheduledAmount(3, ReceivableKind.INSTALMENT, cny("100000.00"), null, BACKSTOP));
    }

    static LicencePurchased purchased() {
        return new LicencePurchased(agreementId(), PURCHASE_DATE, LICENCE_TERM, schedule());
    }

    /** Proposed on the paying terms, trial started, licence bought; then {@code more}. */
    static List<AgreementEvent> licensedThen(AgreementEvent... more) {
        return licensedOn(payingTerms(), more);
    }

    static List<AgreementEvent> licensedOn(TermsBuilder terms, AgreementEvent... more) {
        List<AgreementEvent> history = new ArrayList<>(List.of(proposed(terms), trialStarted(), purchased()));
        history.addAll(Arrays.asList(more));
        return history;
    }

    /** The upfront fee fell due, went unpaid and was recorded overdue in the first bucket. */
    static AgreementEvent[] upfrontOverdue() {
        return new AgreementEvent[]{fellDue(1, UPFRONT_DUE, "100000.00"), overdue(1, UPFRONT_DUE.plusDays(1), "100000.00"),
                bucketChanged(1, null, "1-30", 1, UPFRONT_DUE.plusDays(1))};
    }

    /** The upfront fee went unpaid past the grace period: defaulted on day 31 with 1,550.00 interest. */
    static AgreementEvent[] upfrontDefaulted() {
        return new AgreementEvent[]{fellDue(1, UPFRONT_DUE, "100000.00"), overdue(1, UPFRONT_DUE.plusDays(1), "100000.00"),
                bucketChanged(1, null, "1-30", 1, UPFRONT_DUE.plusDays(1)),
                bucketChanged(1, "1-30", "31-60", 31, DEFAULT_DATE), defaulted(DEFAULT_DATE, "100000.00", "1550.00", 1)};
    }

    /** The upfront fee fell due and was paid that day. */
    static AgreementEvent[] upfrontPaid() {
        return new AgreementEvent[]{fellDue(1, UPFRONT_DUE, "100000.00"),
                paid("TX-1", UPFRONT_DUE, "100000.00", "0.00", allocation(1, "0.00", "100000.00"))};
    }

    /** The events of {@code first}, then {@code more}. */
    static AgreementEvent[] with(AgreementEvent[] first, AgreementEvent... more) {
        AgreementEvent[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    static AmountFellDue fellDue(int receivable, LocalDate on, String amount) {
        return new AmountFellDue(agreementId(), receivable, on, cny(amount));
    }

    static AmountOverdue overdue(int receivable, LocalDate on, String principal) {
        return new AmountOverdue(agreementId(), receivable, on, cny(principal));
    }

    static DelinquencyBucketChanged bucketChanged(int receivable, String from, String to, long days, LocalDate on) {
        return new DelinquencyBucketChanged(agreementId(), receivable, from, to, days, on);
    }

    static AgreementDefaulted defaulted(LocalDate on, String principal, String interest, Integer... receivables) {
        return new AgreementDefaulted(agreementId(), on, cny(principal), cny(interest), List.of(receivables));
    }

    static Allocation allocation(int receivable, String interest, String principal) {
        return new Allocation(receivable, cny(interest), cny(principal));
    }

    static PaymentRecorded paid(String reference, LocalDate on, String amount, String credit, Allocation... allocations) {
        return new PaymentRecorded(agreementId(), reference, on, cny(amount), List.of(allocations), cny(credit));
    }

    static CreditApplied creditApplied(LocalDate on, Allocation... allocations) {
        return new CreditApplied(agreementId(), on, List.of(allocations));
    }

    static RecordPayment payment(String reference, String amount) {
        return new RecordPayment(agreementId(), licensor(), reference, cny(amount));
    }

    static ReportRoyalty royaltyReport(LocalDate from, LocalDate toExclusive, String netSales) {
        return new ReportRoyalty(agreementId(), licensee(), new DateRange(from, toExclusive), cny(netSales));
    }

    static ProposeEquitySwap proposeSwap(String swapId, long shares, String price, long sharesAfter, Integer... applyTo) {
        return new ProposeEquitySwap(agreementId(), licensor(), swapId, shares, new BigDecimal(price), sharesAfter,
                List.of(applyTo));
    }

    static AcceptEquitySwap acceptSwap(String swapId) {
        return new AcceptEquitySwap(agreementId(), licensee(), swapId);
    }

    static TerminateForDefault terminateBy(OrganisationId organisation) {
        return new TerminateForDefault(agreementId(), organisation, "unpaid since 2025-03-03");
    }

    static AgreeTermination agreeTerminationBy(OrganisationId organisation) {
        return new AgreeTermination(agreementId(), organisation, "product line discontinued");
    }
}

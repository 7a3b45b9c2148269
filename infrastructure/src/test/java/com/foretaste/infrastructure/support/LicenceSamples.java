package com.foretaste.infrastructure.support;

import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementDefaulted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountFellDue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountOverdue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.CreditApplied;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DelinquencyBucketChanged;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapAgreed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LateRoyaltyOffset;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceCompleted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceConverted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicencePurchased;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceYearClosed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
import com.foretaste.domain.licensing.agreement.AgreementEvent.RoyaltyReported;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TerminatedByMutualConsent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TerminatedForDefault;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TerminationProposed;
import com.foretaste.domain.licensing.agreement.Allocation;
import com.foretaste.domain.licensing.agreement.ReceivableKind;
import com.foretaste.domain.licensing.agreement.ScheduledAmount;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.foretaste.infrastructure.support.AgreementSamples.cny;

/**
 * The licence bought on 1 July 2027 (five years): the upfront fee paid on time; first revenue in Q1 2028
 * makes instalment 2 due, which with royalty 5 goes unpaid into default on 16 May 2028 (31 days past
 * due, 0.05% a day); a payment on 25 May cures it, its overpayment later goes to royalty 6; in September
 * 100,000 shares at 1.25 convert 125,000.00 of instalments 3 and 4. The ends are alternatives.
 */
public final class LicenceSamples {

    public static final LocalDate PURCHASE_DATE = LocalDate.of(2027, 7, 1);
    public static final LocalDate FIRST_REVENUE_DATE = LocalDate.of(2028, 4, 15);
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2028, 5, 16);
    public static final LocalDate PAYMENT_DATE = LocalDate.of(2028, 5, 25);
    public static final LocalDate CREDIT_DATE = LocalDate.of(2028, 8, 9);
    public static final LocalDate SWAP_PROPOSAL_DATE = LocalDate.of(2028, 9, 1);
    public static final LocalDate SWAP_DATE = LocalDate.of(2028, 9, 15);
    public static final LocalDate CONSENT_DATE = LocalDate.of(2030, 3, 16);
    public static final LocalDate COMPLETION_DATE = LocalDate.of(2032, 7, 1);
    public static final String CONSENT_REASON = "产品线停产，不再实施该专利 (the product line is discontinued)";

    private static final AgreementId AGREEMENT = AgreementSamples.agreementId();
    private static final Money NOTHING = cny("0");

    private LicenceSamples() {
    }

    public static LicencePurchased purchased() {
        return new LicencePurchased(AGREEMENT, PURCHASE_DATE, DateRange.ofMonths(PURCHASE_DATE, 60),
                schedule(PURCHASE_DATE));
    }

    /** The other way in: the window closed without a decision under terms that say CONVERT. */
    public static LicenceConverted converted() {
        LocalDate closed = AgreementSamples.WINDOW_CLOSE;
        return new LicenceConverted(AGREEMENT, closed, DateRange.ofMonths(closed, 60), schedule(closed));
    }

    private static List<ScheduledAmount> schedule(LocalDate start) {
        return List.of(new ScheduledAmount(1, ReceivableKind.UPFRONT_FEE, cny("50000"), start, null),
                new ScheduledAmount(2, ReceivableKind.INSTALMENT, cny("100000"), null, start.plusMonths(12)),
                new ScheduledAmount(3, ReceivableKind.INSTALMENT, cny("100000"), start.plusMonths(24), null),
                new ScheduledAmount(4, ReceivableKind.INSTALMENT, cny("50000"), LocalDate.of(2029, 6, 30), null));
    }

    public static RoyaltyReported royaltyReported() {
        return new RoyaltyReported(AGREEMENT, new DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 4, 1)),
                cny("1250000"), Rate.of("0.03"), royalty(5, "37500", FIRST_REVENUE_DATE.plusDays(30)),
                FIRST_REVENUE_DATE);
    }

    /** Royalty on Q2 2028 net sales of 980,000.00, reported on 10 July 2028. */
    public static ScheduledAmount secondRoyalty() {
        return royalty(6, "29400", CREDIT_DATE);
    }

    private static ScheduledAmount royalty(int number, String amount, LocalDate dueOn) {
        return new ScheduledAmount(number, ReceivableKind.ROYALTY, cny(amount), dueOn, null);
    }

    public static AmountFellDue amountFellDue() {
        return new AmountFellDue(AGREEMENT, 2, FIRST_REVENUE_DATE, cny("100000"));
    }

    public static AmountOverdue amountOverdue() {
        return new AmountOverdue(AGREEMENT, 2, FIRST_REVENUE_DATE.plusDays(1), cny("100000"));
    }

    public static DelinquencyBucketChanged bucketChanged() {
        return new DelinquencyBucketChanged(AGREEMENT, 2, "1-30", "31-60", 31, DEFAULT_DATE);
    }

    /** 100,000.00 x 0.0005 x 31 days is 1,550.00 and 37,500.00 x 0.0005 x 1 day is 18.75. */
    public static AgreementDefaulted defaulted() {
        return new AgreementDefaulted(AGREEMENT, DEFAULT_DATE, cny("137500"), cny("1568.75"), List.of(2, 5));
    }

    /** Oldest due first, interest before principal: 40 days on instalment 2, 10 days on royalty 5. */
    public static PaymentRecorded paymentRecorded() {
        return new PaymentRecorded(AGREEMENT, "ICBC-HX-20280525-0187", PAYMENT_DATE, cny("140000"), List.of(
                new Allocation(2, cny("2000"), cny("100000")),
                new Allocation(5, cny("187.50"), cny("37500"))), cny("312.50"));
    }

    public static DefaultCured defaultCured() {
        return new DefaultCured(AGREEMENT, PAYMENT_DATE);
    }

    public static CreditApplied creditApplied() {
        return new CreditApplied(AGREEMENT, CREDIT_DATE, List.of(new Allocation(6, NOTHING, cny("312.50"))));
    }

    /** Year one ended above the minimum of 10,000.00, so there is no top-up. */
    public static LicenceYearClosed licenceYearClosed() {
        return new LicenceYearClosed(AGREEMENT, 1, cny("37500"), null, PURCHASE_DATE.plusYears(1));
    }

    /** An alternative year two, closed with a top-up of 4,000.00: Q1 2029 reported late, its 3,000.00 charged already. */
    public static LateRoyaltyOffset lateRoyaltyOffset() {
        return new LateRoyaltyOffset(AGREEMENT, new DateRange(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 4, 1)), 2,
                cny("3000"), cny("3000"), LocalDate.of(2029, 7, 20));
    }

    public static EquitySwapProposed swapProposed() {
        return new EquitySwapProposed(AGREEMENT, "ES-2028-001", 100_000, new BigDecimal("1.25"), 2_000_000,
                cny("125000"), cny("2500000"), Rate.of("0.05"), List.of(3, 4), SWAP_PROPOSAL_DATE);
    }

    public static EquitySwapAgreed swapAgreed() {
        return new EquitySwapAgreed(AGREEMENT, "ES-2028-001", List.of(
                new Allocation(3, NOTHING, cny("100000")),
                new Allocation(4, NOTHING, cny("25000"))), SWAP_DATE);
    }

    /** The alternative to the cure: the 60-day cure period after the default ran out on 15 July 2028. */
    public static TerminatedForDefault terminatedForDefault() {
        return new TerminatedForDefault(AGREEMENT, LocalDate.of(2028, 7, 20),
                "补救期届满仍未清偿逾期许可费及利息 (overdue fees and interest unpaid after the cure period)");
    }

    public static TerminationProposed terminationProposed() {
        return new TerminationProposed(AGREEMENT, AgreementSamples.licensee(), CONSENT_REASON, LocalDate.of(2030, 3, 2));
    }

    public static TerminatedByMutualConsent terminatedByConsent() {
        return new TerminatedByMutualConsent(AGREEMENT, CONSENT_DATE, CONSENT_REASON);
    }

    public static LicenceCompleted completed() {
        return new LicenceCompleted(AGREEMENT, COMPLETION_DATE);
    }
}

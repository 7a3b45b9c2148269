package com.foretaste.infrastructure.support;

import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapProposed;
import com.foretaste.domain.licensing.agreement.AgreementState.Completed;
import com.foretaste.domain.licensing.agreement.AgreementState.DecisionPending;
import com.foretaste.domain.licensing.agreement.AgreementState.Defaulted;
import com.foretaste.domain.licensing.agreement.AgreementState.Lapsed;
import com.foretaste.domain.licensing.agreement.AgreementState.Licensed;
import com.foretaste.domain.licensing.agreement.AgreementState.None;
import com.foretaste.domain.licensing.agreement.AgreementState.Proposed;
import com.foretaste.domain.licensing.agreement.AgreementState.Released;
import com.foretaste.domain.licensing.agreement.AgreementState.Terminated;
import com.foretaste.domain.licensing.agreement.AgreementState.Trial;
import com.foretaste.domain.licensing.agreement.AgreementState.Withdrawn;
import com.foretaste.domain.licensing.agreement.DefaultRecord;
import com.foretaste.domain.licensing.agreement.EquitySwap;
import com.foretaste.domain.licensing.agreement.Ledger;
import com.foretaste.domain.licensing.agreement.Licence;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.RoyaltyReport;
import com.foretaste.domain.licensing.agreement.RoyaltyTerms;
import com.foretaste.domain.licensing.agreement.TrialAccount;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.foretaste.infrastructure.support.AgreementSamples.PROPOSAL_DATE;
import static com.foretaste.infrastructure.support.AgreementSamples.cny;
import static com.foretaste.infrastructure.support.LicenceSamples.*;

/**
 * States of the sample agreement, as a snapshot would hold them; nullable members are left null
 * somewhere. The ledgers follow the story of {@link LicenceSamples}, built with the domain's own
 * ledger operations.
 */
public final class AgreementStateSamples {

    private static final Offer OFFER = AgreementSamples.offer(AgreementSamples.terms());
    private static final Offer OFFER_WITH_TRIAL_FEE = AgreementSamples.offer(AgreementSamples.termsWithTrialFee());
    private static final Rate DAILY_RATE = AgreementSamples.terms().lateInterestDailyRate();
    private static final Money NOTHING = cny("0");

    private AgreementStateSamples() {
    }

    public static None none() {
        return new None();
    }

    /** Proposed without a royalty. */
    public static Proposed proposed() {
        return new Proposed(AgreementSamples.offer(AgreementSamples.termsWithRoyalty(null)), PROPOSAL_DATE);
    }

    /** Withdrawn with a royalty that has no minimum, and an empty reason. */
    public static Withdrawn withdrawn() {
        RoyaltyTerms noMinimum = new RoyaltyTerms(Rate.of("0.05"), null);
        return new Withdrawn(AgreementSamples.offer(AgreementSamples.termsWithRoyalty(noMinimum)), PROPOSAL_DATE,
                AgreementSamples.WITHDRAWAL_DATE, "");
    }

    /** A free trial: nothing in its account. */
    public static Trial trial() {
        return new Trial(OFFER, PROPOSAL_DATE, AgreementSamples.trialStarted().trial(), TrialAccount.opened(Money.CNY));
    }

    /** Under the offer with a trial fee, paid when it fell due. */
    public static DecisionPending decisionPending() {
        Ledger feePaid = trialFeeLedger().update(1, r -> r.fellDueOn(r.dueOn()).paid(NOTHING, r.amount()));
        return new DecisionPending(OFFER_WITH_TRIAL_FEE, PROPOSAL_DATE, AgreementSamples.extendedTrial(),
                AgreementSamples.trialEnded().decisionWindow(), new TrialAccount(feePaid, null));
    }

    /** Under the offer with a trial fee, left unpaid into default, and still owed after walking away. */
    public static Released released() {
        Ledger feeUnpaid = trialFeeLedger().update(1, r -> r.fellDueOn(r.dueOn()).markedOverdue().inBucket("1-30")
                .inBucket("31-60"));
        var record = AgreementSamples.trialFeeDefaulted();
        return new Released(OFFER_WITH_TRIAL_FEE, PROPOSAL_DATE, AgreementSamples.extendedTrial(),
                AgreementSamples.WALK_AWAY_DATE, AgreementSamples.WALK_AWAY_REASON, new TrialAccount(feeUnpaid,
                new DefaultRecord(record.defaultedOn(), record.principal(), record.interest())));
    }

    public static Lapsed lapsed() {
        return new Lapsed(OFFER, PROPOSAL_DATE, AgreementSamples.extendedTrial(), AgreementSamples.WINDOW_CLOSE,
                TrialAccount.opened(Money.CNY));
    }

    private static Ledger trialFeeLedger() {
        return Ledger.open(List.of(AgreementSamples.trialFeeCharged().fee()), NOTHING);
    }

    /** On 5 September 2028: amounts settled on time and late, not yet due, part paid from credit and overdue. */
    public static Licensed licensed() {
        return new Licensed(OFFER, licence(afterCure(), Set.of(1), List.of(swap(null)), null));
    }

    public static Defaulted defaulted() {
        var record = LicenceSamples.defaulted();
        return new Defaulted(OFFER, licence(inDefault(), Set.of(), List.of(), null),
                new DefaultRecord(record.defaultedOn(), record.principal(), record.interest()));
    }

    public static Terminated terminated() {
        return new Terminated(OFFER, licence(settled(), Set.of(1, 2), List.of(swap(SWAP_DATE)),
                AgreementSamples.licensee()), CONSENT_DATE, CONSENT_REASON, false);
    }

    public static Completed completed() {
        return new Completed(OFFER, licence(settled(), Set.of(1, 2, 3, 4, 5), List.of(swap(SWAP_DATE)), null),
                COMPLETION_DATE);
    }

    private static Licence licence(Ledger ledger, Set<Integer> closedYears, List<EquitySwap> swaps,
                                   OrganisationId terminationProposedBy) {
        return new Licence(PROPOSAL_DATE, AgreementSamples.extendedTrial(), PURCHASE_DATE, false,
                purchased().licenceTerm(), ledger, royalties(), closedYears, swaps, terminationProposedBy);
    }

    private static List<RoyaltyReport> royalties() {
        return List.of(
                new RoyaltyReport(new DateRange(PURCHASE_DATE, LocalDate.of(2027, 10, 1)), NOTHING, NOTHING),
                new RoyaltyReport(new DateRange(LocalDate.of(2027, 10, 1), LocalDate.of(2028, 1, 1)), NOTHING, NOTHING),
                new RoyaltyReport(royaltyReported().period(), royaltyReported().netSales(),
                        royaltyReported().royaltyDue().amount()),
                new RoyaltyReport(new DateRange(LocalDate.of(2028, 4, 1), LocalDate.of(2028, 7, 1)), cny("980000"),
                        secondRoyalty().amount()));
    }

    private static EquitySwap swap(LocalDate agreedOn) {
        EquitySwapProposed p = swapProposed();
        return new EquitySwap(p.swapId(), p.shares(), p.pricePerShare(), p.sharesOutstandingAfter(), p.amount(),
                p.valuation(), p.stake(), p.applyTo(), p.proposedOn(), agreedOn);
    }

    /** On 16 May 2028: the upfront fee paid on time, instalment 2 and royalty 5 overdue. */
    private static Ledger inDefault() {
        return Ledger.open(purchased().schedule(), NOTHING)
                .adding(royaltyReported().royaltyDue())
                .update(1, r -> r.fellDueOn(PURCHASE_DATE).paid(NOTHING, r.amount()))
                .update(2, r -> r.fellDueOn(FIRST_REVENUE_DATE).markedOverdue().inBucket("1-30").inBucket("31-60"))
                .update(5, r -> r.fellDueOn(r.dueOn()).markedOverdue().inBucket("1-30"));
    }

    private static Ledger afterCure() {
        Ledger paid = inDefault().applying(PAYMENT_DATE, paymentRecorded().allocations(), DAILY_RATE)
                .withCredit(paymentRecorded().credit())
                .adding(secondRoyalty())
                .update(6, r -> r.fellDueOn(CREDIT_DATE));
        return paid.applying(CREDIT_DATE, creditApplied().allocations(), DAILY_RATE).withCredit(NOTHING)
                .update(6, r -> r.markedOverdue().inBucket("1-30"));
    }

    /** Royalty 6 paid with 29 days' interest, the swap converted, instalment 4's remainder paid when due. */
    private static Ledger settled() {
        Ledger swapped = pay(afterCure(), SWAP_PROPOSAL_DATE.plusDays(6), cny("29509.27"))
                .converting(SWAP_DATE, swapAgreed().reductions(), DAILY_RATE)
                .update(4, r -> r.fellDueOn(r.dueOn()))
                .update(3, r -> r.fellDueOn(r.dueOn()));
        return pay(swapped, LocalDate.of(2029, 6, 30), cny("25000"));
    }

    private static Ledger pay(Ledger ledger, LocalDate on, Money amount) {
        return ledger.applying(on, ledger.allocate(on, amount, DAILY_RATE), DAILY_RATE);
    }
}

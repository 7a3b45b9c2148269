package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.AgreeTermination;
import com.foretaste.domain.licensing.agreement.AgreementCommand.RecordPayment;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ReportRoyalty;
import com.foretaste.domain.licensing.agreement.AgreementCommand.TerminateForDefault;
import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.licensing.agreement.AgreementState.Defaulted;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.foretaste.domain.licensing.agreement.Decisions.checkAmount;
import static com.foretaste.domain.licensing.agreement.Decisions.conflict;
import static com.foretaste.domain.licensing.agreement.Decisions.invalid;
import static com.foretaste.domain.licensing.agreement.Decisions.isBlank;
import static com.foretaste.domain.licensing.agreement.Decisions.notAParty;
import static com.foretaste.domain.licensing.agreement.Decisions.notInState;

/**
 * The licence in force: payments (also of a trial fee before or without a licence), royalties,
 * termination. Equity swaps are in {@link EquitySwapDecisions}.
 */
final class LicenceDecisions {

    /** Days after a royalty report within which its royalty is paid. */
    static final int ROYALTY_PAYMENT_DAYS = 30;

    private LicenceDecisions() {
    }

    static Decision<AgreementEvent> recordPayment(RecordPayment c, AgreementState state, LocalDate today) {
        TrialAccount account = States.account(state);
        if (!States.isLicenceActive(state) && (account == null || !account.owesSomething())) {
            return notInState(state, "payment-while-licensed",
                    "payments are recorded against a licence in force or a trial fee not yet settled");
        }
        Offer offer = States.offer(state);
        if (!offer.licensor().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "payment-recorded-by-licensor", "the licensor records money received");
        }
        if (isBlank(c.reference())) {
            return invalid("payment-reference-required", "reference", "a payment needs the reference of the transfer");
        }
        Optional<Decision<AgreementEvent>> badAmount = checkAmount(c.amount(), offer, "amount", false);
        if (badAmount.isPresent()) {
            return badAmount.get();
        }
        Rate rate = offer.terms().lateInterestDailyRate();
        Decisions.Outcome outcome = new Decisions.Outcome(state);
        LedgerFacts.fallDue(outcome, c.agreementId(), today);
        Ledger before = States.ledger(outcome.state());
        List<Allocation> allocations = before.allocate(today, c.amount(), rate);
        Money applied = Allocation.total(allocations, c.amount().currency());
        outcome.add(new PaymentRecorded(c.agreementId(), c.reference().strip(), today, c.amount(), allocations,
                c.amount().minus(applied)));
        LedgerFacts.leaveBuckets(outcome, c.agreementId(), before, today);
        return (account == null ? settle(outcome, today) : outcome).decision();
    }

    /** After money or equity reduced what is owed: a default may be cured, the licence may be complete. */
    static Decisions.Outcome settle(Decisions.Outcome outcome, LocalDate today) {
        AgreementState state = outcome.state();
        Offer offer = States.offer(state);
        Licence licence = States.licence(state);
        Rate rate = offer.terms().lateInterestDailyRate();
        if (state instanceof Defaulted && licence.ledger().nothingDueBy(today, rate)) {
            outcome.add(new DefaultCured(offer.agreementId(), today));
        }
        if (!today.isBefore(licence.term().endExclusive()) && licence.ledger().fullySettled()
                && licence.allYearsClosed(offer.terms()) && outcome.state() instanceof AgreementState.Licensed) {
            outcome.add(new LicenceCompleted(offer.agreementId(), today));
        }
        return outcome;
    }

    static Decision<AgreementEvent> reportRoyalty(ReportRoyalty c, AgreementState state, LocalDate today) {
        if (!States.isLicenceActive(state)) {
            return notInState(state, "royalty-while-licensed", "royalties are reported under a licence in force");
        }
        Offer offer = States.offer(state);
        Licence licence = States.licence(state);
        if (!offer.licensee().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "royalty-reported-by-licensee", "the licensee reports its net sales");
        }
        // Without a running royalty a report still tells first revenue (revenue-conditional instalments).
        RoyaltyTerms royalty = offer.terms().price().royalty() != null ? offer.terms().price().royalty()
                : new RoyaltyTerms(Rate.ZERO, null);
        Optional<Decision<AgreementEvent>> badAmount = checkAmount(c.netSales(), offer, "netSales", true);
        if (badAmount.isPresent()) {
            return badAmount.get();
        }
        if (c.period().isEmpty() || c.period().start().isBefore(licence.term().start())
                || c.period().endExclusive().isAfter(licence.term().endExclusive())
                || c.period().endExclusive().isAfter(today.plusDays(1))) {
            return invalid("royalty-period-within-licence", "period", "a royalty period lies inside the licence term "
                    + licence.term() + " and has ended by today " + today);
        }
        if (licence.royalties().stream().anyMatch(r -> overlaps(r.period(), c.period()))) {
            return invalid("royalty-period-reported-once", "period", "net sales for part of " + c.period()
                    + " were reported already");
        }
        Money full = royalty.rate().applyTo(c.netSales());
        Money offset = MinimumRoyalty.offsetOfLateReport(offer.terms(), licence, c.period().start(), full);
        Money due = full.minus(offset);
        ScheduledAmount royaltyDue = due.isPositive() ? new ScheduledAmount(licence.ledger().nextNumber(),
                ReceivableKind.ROYALTY, due, today.plusDays(ROYALTY_PAYMENT_DAYS), null) : null;
        Decisions.Outcome outcome = new Decisions.Outcome(state).add(new RoyaltyReported(c.agreementId(), c.period(),
                c.netSales(), royalty.rate(), royaltyDue, today));
        if (offset.isPositive()) {
            outcome.add(new LateRoyaltyOffset(c.agreementId(), c.period(), MinimumRoyalty.yearOf(licence,
                    c.period().start()), full, offset, today));
        }
        if (c.netSales().isPositive() && !licence.revenueReported()) {
            licence.ledger().receivables().stream().filter(r -> r.dueOn() == null)
                    .forEach(r -> outcome.add(new AmountFellDue(c.agreementId(), r.number(), today, r.amountDue())));
        }
        return outcome.decision();
    }

    private static boolean overlaps(com.foretaste.domain.shared.DateRange a, com.foretaste.domain.shared.DateRange b) {
        return a.start().isBefore(b.endExclusive()) && b.start().isBefore(a.endExclusive());
    }

    static Decision<AgreementEvent> terminateForDefault(TerminateForDefault c, AgreementState state, LocalDate today) {
        if (!(state instanceof Defaulted d)) {
            return notInState(state, "terminate-only-in-default", "only a defaulted licence can be terminated for default");
        }
        if (!d.offer().licensor().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "terminate-by-licensor", "the licensor terminates for default");
        }
        LocalDate cureEnds = d.defaulted().on().plusDays(d.offer().terms().curePeriodDays());
        if (!today.isAfter(cureEnds)) {
            return conflict(state, "cure-period-running", "the licensee may cure the default through " + cureEnds
                    + "; termination for default is possible from " + cureEnds.plusDays(1));
        }
        return Decision.accept(new TerminatedForDefault(c.agreementId(), today, c.reason() == null ? "" : c.reason().strip()));
    }

    static Decision<AgreementEvent> agreeTermination(AgreeTermination c, AgreementState state, LocalDate today) {
        if (!States.isLicenceActive(state)) {
            return notInState(state, "consent-termination-while-licensed", "only a licence in force is ended by consent");
        }
        Offer offer = States.offer(state);
        if (!offer.isParty(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "consent-by-parties", "only licensor and licensee end a licence by consent");
        }
        String reason = c.reason() == null ? "" : c.reason().strip();
        Licence licence = States.licence(state);
        if (licence.terminationProposedBy() == null) {
            return Decision.accept(new TerminationProposed(c.agreementId(), c.actingOrganisation(), reason, today));
        }
        if (licence.terminationProposedBy().equals(c.actingOrganisation())) {
            return conflict(state, "consent-of-the-other-party", "your organisation asked already; the other party must agree");
        }
        return Decision.accept(new TerminatedByMutualConsent(c.agreementId(), today, reason));
    }
}

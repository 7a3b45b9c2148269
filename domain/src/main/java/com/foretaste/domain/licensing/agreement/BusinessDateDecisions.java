package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.licensing.agreement.AgreementState.DecisionPending;
import com.foretaste.domain.licensing.agreement.AgreementState.Licensed;
import com.foretaste.domain.licensing.agreement.AgreementState.Trial;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;

/**
 * What the arrival of a business date means for an agreement: the trial ends, the decision window
 * closes, amounts fall due and become overdue, move between ageing buckets, the agreement
 * defaults, a licence year closes with its minimum-royalty top-up, the licence completes. Every
 * step looks at the state, so observing a date twice (or an earlier date after a later one)
 * records nothing the second time: buckets only move up, and every fact is recorded once.
 */
final class BusinessDateDecisions {

    private BusinessDateDecisions() {
    }

    static Decision<AgreementEvent> observe(ObserveBusinessDate c, AgreementState state) {
        if (state instanceof AgreementState.None) {
            return Decisions.notInState(state, "agreement-exists", "no such agreement");
        }
        Decisions.Outcome outcome = new Decisions.Outcome(state);
        int recorded;
        do {
            recorded = outcome.size();
            step(outcome, c.date(), c.ageing());
        } while (outcome.size() > recorded);
        return outcome.decision();
    }

    private static void step(Decisions.Outcome o, LocalDate date, DelinquencyAgeing ageing) {
        AgreementState state = o.state();
        Offer offer = States.offer(state);
        switch (state) {
            case Trial t when !date.isBefore(t.trial().endExclusive()) -> o.add(new TrialEnded(offer.agreementId(),
                    t.trial().endExclusive(), DateRange.ofDays(t.trial().endExclusive(), offer.terms().decisionWindowDays())));
            case DecisionPending p when !date.isBefore(p.window().endExclusive()) -> {
                LocalDate closed = p.window().endExclusive();
                o.add(offer.terms().onNoDecision() == NoDecisionOutcome.LAPSE
                        ? new AgreementLapsed(offer.agreementId(), closed)
                        : new LicenceConverted(offer.agreementId(), closed, PaymentSchedule.licenceTerm(closed, offer.terms()),
                        PaymentSchedule.at(closed, offer.terms().price())));
            }
            default -> {
                if (States.isLicenceActive(state)) {
                    licence(o, offer.agreementId(), date, ageing);
                }
            }
        }
    }

    private static void licence(Decisions.Outcome o, AgreementId id, LocalDate date, DelinquencyAgeing ageing) {
        LedgerFacts.fallDue(o, id, date);
        Ledger ledger = ledger(o);
        if (ledger.credit().isPositive()) {
            List<Allocation> fromCredit = ledger.allocate(date, ledger.credit(), rate(o));
            if (!fromCredit.isEmpty()) {
                o.add(new CreditApplied(id, date, fromCredit));
                LedgerFacts.leaveBuckets(o, id, ledger, date);
            }
        }
        for (Receivable r : ledger(o).receivables()) {
            if (r.dueOn() != null && r.dueOn().isBefore(date) && !r.overdue() && !r.isSettled()) {
                o.add(new AmountOverdue(id, r.number(), r.dueOn().plusDays(1), r.outstandingPrincipal()));
            }
        }
        for (Receivable r : ledger(o).receivables()) {
            long daysPastDue = r.daysPastDue(date);
            ageing.bucketFor(daysPastDue)
                    .filter(bucket -> r.bucket() == null || ageing.rank(bucket) > ageing.rank(r.bucket()))
                    .ifPresent(bucket -> o.add(new DelinquencyBucketChanged(id, r.number(), r.bucket(), bucket,
                            daysPastDue, date)));
        }
        defaultIfGraceExpired(o, id, date);
        closeLicenceYears(o, id, date);
        Licence licence = States.licence(o.state());
        if (o.state() instanceof Licensed && !date.isBefore(licence.term().endExclusive())
                && licence.ledger().fullySettled() && licence.allYearsClosed(States.offer(o.state()).terms())) {
            o.add(new LicenceCompleted(id, date));
        }
    }

    private static void defaultIfGraceExpired(Decisions.Outcome o, AgreementId id, LocalDate date) {
        int grace = States.offer(o.state()).terms().gracePeriodDays();
        List<Receivable> overdue = ledger(o).receivables().stream().filter(r -> r.daysPastDue(date) > 0).toList();
        if (!(o.state() instanceof Licensed) || overdue.stream().noneMatch(r -> r.daysPastDue(date) > grace)) {
            return;
        }
        Money zero = Money.zero(ledger(o).credit().currency());
        Money principal = overdue.stream().map(Receivable::outstandingPrincipal).reduce(zero, Money::plus);
        Money interest = overdue.stream().map(r -> r.accruedTo(date, rate(o)).outstandingInterest()).reduce(zero, Money::plus);
        o.add(new AgreementDefaulted(id, date, principal, interest, overdue.stream().map(Receivable::number).toList()));
    }

    /**
     * At each licence anniversary a minimum annual royalty is topped up to the minimum; a last year
     * cut short by the end of the term closes at the term's end with the minimum pro rata to its days
     * ({@link MinimumRoyalty}).
     */
    private static void closeLicenceYears(Decisions.Outcome o, AgreementId id, LocalDate date) {
        RoyaltyTerms royalty = States.offer(o.state()).terms().price().royalty();
        if (royalty == null || royalty.minimumAnnualRoyalty() == null) {
            return;
        }
        Licence licence = States.licence(o.state());
        Money minimum = royalty.minimumAnnualRoyalty();
        for (int year = 1; year <= licence.licenceYears() && !licence.yearClose(year).isAfter(date); year++) {
            if (licence.closedYears().contains(year)) {
                continue;
            }
            LocalDate to = licence.yearClose(year);
            Money reported = MinimumRoyalty.reported(licence, year, Money.zero(minimum.currency()));
            Money shortfall = MinimumRoyalty.shortfall(minimum, licence, year);
            ScheduledAmount topUp = shortfall.isPositive() ? new ScheduledAmount(licence.ledger().nextNumber(),
                    ReceivableKind.MINIMUM_ROYALTY_TOP_UP, shortfall, to.plusDays(LicenceDecisions.ROYALTY_PAYMENT_DAYS), null)
                    : null;
            o.add(new LicenceYearClosed(id, year, reported, topUp, to));
            licence = States.licence(o.state());
        }
    }

    private static Ledger ledger(Decisions.Outcome o) {
        return States.licence(o.state()).ledger();
    }

    private static Rate rate(Decisions.Outcome o) {
        return States.offer(o.state()).terms().lateInterestDailyRate();
    }
}

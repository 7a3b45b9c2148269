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

import java.time.LocalDate;
import java.util.List;

/**
 * What the arrival of a business date means for an agreement: the trial ends, the decision window
 * closes, amounts fall due and become overdue, move between ageing buckets ({@link LedgerFacts}), the
 * agreement defaults (or, before a licence, its trial fee), a licence year closes with its
 * minimum-royalty top-up, the licence completes. Every
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
                        PaymentSchedule.at(closed, offer.terms().price(), p.account().ledger().nextNumber())));
            }
            default -> {
                if (States.isLicenceActive(state)) {
                    licence(o, offer.agreementId(), date, ageing);
                } else if (States.account(state) != null) {
                    LedgerFacts.onDate(o, offer.agreementId(), date, ageing);
                    trialFeeDefault(o, offer.agreementId(), date);
                }
            }
        }
    }

    private static void licence(Decisions.Outcome o, AgreementId id, LocalDate date, DelinquencyAgeing ageing) {
        LedgerFacts.onDate(o, id, date, ageing);
        defaultIfGraceExpired(o, id, date);
        closeLicenceYears(o, id, date);
        Licence licence = States.licence(o.state());
        if (o.state() instanceof Licensed && !date.isBefore(licence.term().endExclusive())
                && licence.ledger().fullySettled() && licence.allYearsClosed(States.offer(o.state()).terms())) {
            o.add(new LicenceCompleted(id, date));
        }
    }

    private static void defaultIfGraceExpired(Decisions.Outcome o, AgreementId id, LocalDate date) {
        List<Receivable> overdue = LedgerFacts.pastGrace(ledger(o), date, States.offer(o.state()).terms().gracePeriodDays());
        if (o.state() instanceof Licensed && !overdue.isEmpty()) {
            o.add(new AgreementDefaulted(id, date, principal(overdue, o), interest(overdue, o, date),
                    overdue.stream().map(Receivable::number).toList()));
        }
    }

    /** Before (or without) a licence, a trial fee unpaid past the grace period is recorded in default once. */
    private static void trialFeeDefault(Decisions.Outcome o, AgreementId id, LocalDate date) {
        List<Receivable> overdue = LedgerFacts.pastGrace(ledger(o), date, States.offer(o.state()).terms().gracePeriodDays());
        if (States.account(o.state()).defaulted() == null && !overdue.isEmpty()) {
            o.add(new TrialFeeDefaulted(id, date, principal(overdue, o), interest(overdue, o, date)));
        }
    }

    private static Money principal(List<Receivable> overdue, Decisions.Outcome o) {
        return overdue.stream().map(Receivable::outstandingPrincipal).reduce(zero(o), Money::plus);
    }

    private static Money interest(List<Receivable> overdue, Decisions.Outcome o, LocalDate date) {
        return overdue.stream().map(r -> r.accruedTo(date, LedgerFacts.rate(o)).outstandingInterest())
                .reduce(zero(o), Money::plus);
    }

    private static Money zero(Decisions.Outcome o) {
        return Money.zero(ledger(o).credit().currency());
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
        return States.ledger(o.state());
    }
}

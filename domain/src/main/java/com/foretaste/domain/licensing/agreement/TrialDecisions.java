package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ExtendTrial;
import com.foretaste.domain.licensing.agreement.AgreementCommand.PurchaseLicence;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ReportTrialFindings;
import com.foretaste.domain.licensing.agreement.AgreementCommand.WalkAway;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicencePurchased;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialExtended;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFindingsReported;
import com.foretaste.domain.licensing.agreement.AgreementEvent.WalkedAway;
import com.foretaste.domain.licensing.agreement.AgreementState.DecisionPending;
import com.foretaste.domain.licensing.agreement.AgreementState.Trial;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.Decisions.invalid;
import static com.foretaste.domain.licensing.agreement.Decisions.isBlank;
import static com.foretaste.domain.licensing.agreement.Decisions.notAParty;
import static com.foretaste.domain.licensing.agreement.Decisions.notInState;

/** The trial and the decision after it: extension, findings, purchase, walking away. */
final class TrialDecisions {

    private TrialDecisions() {
    }

    static Decision<AgreementEvent> extend(ExtendTrial c, AgreementState state, LocalDate today) {
        if (!(state instanceof Trial t)) {
            return notInState(state, "extend-only-in-trial", "only a running trial can be extended");
        }
        if (!today.isBefore(t.trial().endExclusive())) {
            return Decisions.conflict(state, "extend-only-in-trial", "the trial ended on " + t.trial().lastDay()
                    + "; it can no longer be extended");
        }
        if (!t.offer().licensor().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "extend-by-licensor", "the licensor consents to an extension");
        }
        if (c.additionalMonths() < 1) {
            return invalid("extension-positive", "additionalMonths", "an extension adds at least one month");
        }
        if (isBlank(c.licenseeRequest())) {
            return invalid("licensee-request-recorded", "licenseeRequest",
                    "an extension records the licensee's request it answers");
        }
        DateRange longer = new DateRange(t.trial().start(), t.trial().endExclusive().plusMonths(c.additionalMonths()));
        LocalDate latestEnd = longer.start().plusMonths(Terms.MAX_TRIAL_MONTHS);
        if (longer.endExclusive().isAfter(latestEnd)) {
            return invalid("trial-length-limit", "additionalMonths", "the trial would run to " + longer.lastDay()
                    + ", beyond " + Terms.MAX_TRIAL_MONTHS + " months from its start (through " + latestEnd.minusDays(1)
                    + "), extensions included");
        }
        return Decision.accept(new TrialExtended(c.agreementId(), c.additionalMonths(), longer,
                c.licenseeRequest().strip(), today));
    }

    static Decision<AgreementEvent> findings(ReportTrialFindings c, AgreementState state, LocalDate today) {
        if (!(state instanceof Trial || state instanceof DecisionPending)) {
            return notInState(state, "findings-during-trial", "findings are reported during the trial or the decision window");
        }
        if (!States.offer(state).licensee().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "findings-by-licensee", "the licensee reports trial findings");
        }
        if (isBlank(c.summary())) {
            return invalid("findings-summary-required", "summary", "trial findings need a summary");
        }
        return Decision.accept(new TrialFindingsReported(c.agreementId(), c.summary().strip(), c.measuredResults(), today));
    }

    static Decision<AgreementEvent> purchase(PurchaseLicence c, AgreementState state, LocalDate today) {
        if (!(state instanceof Trial || state instanceof DecisionPending)) {
            return notInState(state, "purchase-during-trial-or-window",
                    "a licence is bought during the trial or its decision window");
        }
        Offer offer = States.offer(state);
        if (!offer.licensee().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "purchase-by-licensee", "only the licensee buys the licence");
        }
        if (!today.isBefore(decisionDeadline(state))) {
            return windowClosed(state);
        }
        Decisions.Outcome outcome = new Decisions.Outcome(state).add(new LicencePurchased(c.agreementId(), today,
                PaymentSchedule.licenceTerm(today, offer.terms()),
                PaymentSchedule.at(today, offer.terms().price(), States.account(state).ledger().nextNumber())));
        LedgerFacts.fallDue(outcome, c.agreementId(), today);
        return outcome.decision();
    }

    static Decision<AgreementEvent> walkAway(WalkAway c, AgreementState state, LocalDate today) {
        if (!(state instanceof Trial || state instanceof DecisionPending)) {
            return notInState(state, "walk-away-during-trial-or-window",
                    "walking away is possible during the trial or its decision window");
        }
        if (!States.offer(state).licensee().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "walk-away-by-licensee", "only the licensee walks away");
        }
        if (!today.isBefore(decisionDeadline(state))) {
            return windowClosed(state);
        }
        return Decision.accept(new WalkedAway(c.agreementId(), today, c.reason() == null ? "" : c.reason().strip()));
    }

    /**
     * The first day on which the licensee can no longer decide: the day the decision window closes.
     * It holds even before the end-of-day run has recorded the trial's end or the window's closing.
     */
    private static LocalDate decisionDeadline(AgreementState state) {
        return switch (state) {
            case DecisionPending p -> p.window().endExclusive();
            case Trial t -> t.trial().endExclusive().plusDays(t.offer().terms().decisionWindowDays());
            default -> throw new IllegalStateException("no decision pending in state " + state.status());
        };
    }

    private static Decision<AgreementEvent> windowClosed(AgreementState state) {
        return Decisions.conflict(state, "decision-window-closed", "the decision window closed on "
                + decisionDeadline(state).minusDays(1) + "; the agreement lapses or converts at the end of day");
    }
}

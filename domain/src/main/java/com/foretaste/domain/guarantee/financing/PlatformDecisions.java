package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.financing.GuaranteeState.*;
import com.foretaste.domain.guarantee.loss.LossAllocation;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * What the platform tells a guarantee of its agreement and its insurer: the outstanding amount moved (the exposure
 * follows it while requested, approved, issued or called), a default (noted while issued, inside the term), a
 * cure (a call not yet honoured is withdrawn), the insurer's indemnity (an honoured call settles to the waterfall),
 * the agreement's completion (an issued guarantee is released). A fact already known records nothing, so a
 * message delivered twice changes nothing the second time.
 */
final class PlatformDecisions {

    private PlatformDecisions() {
    }

    static Decision<GuaranteeEvent> outstanding(NoteOutstanding c, GuaranteeState state) {
        boolean follows = state instanceof Requested || state instanceof Approved || state instanceof Issued
                || state instanceof Called;
        GuaranteeFile f = States.fileOf(state);
        if (c.outstanding() == null || c.outstanding().isNegative() || !c.outstanding().hasCurrency(f.agreement().currency())) {
            return States.invalid("outstanding-non-negative", "outstanding", "an outstanding amount is zero or more, in "
                    + f.agreement().currency().getCurrencyCode());
        }
        if (!follows || c.outstanding().equals(f.outstanding())) {
            return Decision.accept();
        }
        return Decision.accept(new OutstandingMoved(c.guaranteeId(), c.movement(), c.sourceId(), c.outstanding(),
                Exposure.of(f.terms(), c.outstanding()), c.on()));
    }

    static Decision<GuaranteeEvent> defaulted(NoteDefault c, GuaranteeState state) {
        GuaranteeFile f = States.fileOf(state);
        boolean covered = (state instanceof Issued || state instanceof Called) && !c.defaultedOn().isBefore(f.issuedOn())
                && f.terms().term().contains(c.defaultedOn()) && f.defaultOn(c.defaultedOn()).isEmpty();
        return covered ? Decision.accept(new DefaultNoted(c.guaranteeId(), c.defaultedOn(), c.principal(), c.interest()))
                : Decision.accept();
    }

    static Decision<GuaranteeEvent> cured(NoteCure c, GuaranteeState state) {
        GuaranteeFile f = States.fileOf(state);
        List<GuaranteeEvent> events = new ArrayList<>();
        for (NotedDefault d : f.defaults()) {
            if (!d.cured() && !d.defaultedOn().isAfter(c.curedOn())) {
                events.add(new DefaultCureNoted(c.guaranteeId(), d.defaultedOn(), c.curedOn()));
            }
        }
        if (state instanceof Called && !events.isEmpty() && !f.call().isHonoured()) {
            events.add(new CallWithdrawn(c.guaranteeId(), f.call().callId(), c.curedOn()));
        }
        return new Decision.Accepted<>(events);
    }

    static Decision<GuaranteeEvent> indemnity(NoteIndemnity c, GuaranteeState state) {
        GuaranteeFile f = States.fileOf(state);
        var noted = f.defaultOn(c.defaultedOn());
        if (noted.isEmpty() || noted.get().indemnity().equals(c.indemnity())) {
            return Decision.accept();
        }
        if (c.indemnity().isNegative() || c.indemnity().compareTo(noted.get().loss()) > 0) {
            return States.invalid("indemnity-within-loss", "indemnity", "an indemnity is zero or more and at most the loss of "
                    + noted.get().loss());
        }
        List<GuaranteeEvent> events = new ArrayList<>();
        events.add(new IndemnityNoted(c.guaranteeId(), c.defaultedOn(), c.indemnity(), c.on()));
        Call call = f.call();
        if (call != null && call.isHonoured() && call.defaultedOn().equals(c.defaultedOn())) {
            Money share = LossAllocation.guarantorPayment(call.loss(), c.indemnity(), f.terms().coverageRatio(), call.honoured());
            events.add(new HonourSettled(c.guaranteeId(), call.callId(), c.indemnity(), share, call.honoured().minus(share),
                    f.terms().programme().reimbursements(share), c.on()));
        }
        return new Decision.Accepted<>(events);
    }

    static Decision<GuaranteeEvent> completed(NoteCompletion c, GuaranteeState state) {
        return state instanceof Issued ? Decision.accept(new GuaranteeReleased(c.guaranteeId(), c.completedOn()))
                : Decision.accept();
    }

    /** Approval lapsed, fee instalments overdue, expiry at term end: each recorded once, from its date on. */
    static Decision<GuaranteeEvent> observe(ObserveBusinessDate c, GuaranteeState state) {
        GuaranteeFile f = States.fileOf(state);
        List<GuaranteeEvent> events = new ArrayList<>();
        if (state instanceof Approved && c.date().isAfter(f.fee().get(0).dueOn())) {
            events.add(new ApprovalLapsed(c.guaranteeId(), f.fee().get(0).dueOn().plusDays(1)));
        }
        if (state instanceof Issued || state instanceof Called) {
            for (FeeInstalment i : f.fee()) {
                if (c.date().isAfter(i.dueOn()) && !f.feeOverdue().contains(i.number()) && f.unpaid(i).isPositive()) {
                    events.add(new FeeInstalmentOverdue(c.guaranteeId(), i.number(), f.unpaid(i), i.dueOn().plusDays(1)));
                }
            }
        }
        if (state instanceof Issued && !c.date().isBefore(f.terms().term().endExclusive())) {
            events.add(new GuaranteeExpired(c.guaranteeId(), f.terms().term().endExclusive()));
        }
        return new Decision.Accepted<>(events);
    }
}

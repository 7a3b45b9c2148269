package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.Parties;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.financing.GuaranteeState.*;
import com.foretaste.domain.guarantee.loss.RecoverySharing;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After honouring: partners' reimbursements received (never beyond what each still owes), the beneficiary's refund
 * of what the guarantor paid beyond its share, recoveries (from the obligor or by enforcing the counter-guarantee)
 * shared with the partners in proportion to what each bore, and the write-off of what is not recovered. The case
 * closes when the guarantor's share is recovered in full or the rest written off.
 */
final class CaseDecisions {

    static final String RECOVERED_IN_FULL = "RECOVERED_IN_FULL";
    static final String WRITTEN_OFF = "WRITTEN_OFF";

    private CaseDecisions() {
    }

    static Decision<GuaranteeEvent> reimbursement(RecordReimbursement c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = honouredCall(c.callId(), state, true);
        if (refused.isPresent()) {
            return refused.get();
        }
        GuaranteeFile f = States.fileOf(state);
        if (c.partner() == null || f.terms().programme().shareOf(c.partner()).isEmpty()) {
            return States.invalid("partner-of-programme", "partner", "'" + c.partner() + "' is no partner of programme "
                    + f.terms().programme().programme());
        }
        Optional<Rejection> bad = States.positive(c.amount(), f, "amount");
        Money owed = f.call().reimbursementOutstanding(c.partner());
        if (bad.isEmpty() && c.amount().compareTo(owed) > 0) {
            bad = Optional.of(Rejection.invalid("reimbursement-not-exceeded", "amount", c.partner() + " owes "
                    + (owed.isNegative() ? "nothing" : owed.toString())));
        }
        if (bad.isPresent()) {
            return Decision.reject(bad.get());
        }
        return Decision.accept(new ReimbursementReceived(c.guaranteeId(), c.callId(), c.partner(), c.amount(),
                c.reference(), today));
    }

    static Decision<GuaranteeEvent> returnReimbursement(ReturnReimbursement c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = honouredCall(c.callId(), state, true);
        if (refused.isPresent()) {
            return refused.get();
        }
        GuaranteeFile f = States.fileOf(state);
        Optional<Rejection> bad = States.positive(c.amount(), f, "amount");
        Money owedBack = c.partner() == null ? Money.zero(f.terms().cap().currency())
                : Money.zero(f.terms().cap().currency()).minus(f.call().reimbursementOutstanding(c.partner()));
        if (bad.isEmpty() && c.amount().compareTo(owedBack) > 0) {
            bad = Optional.of(Rejection.invalid("return-not-exceeded", "amount", "the guarantor owes " + c.partner()
                    + " back " + (owedBack.isPositive() ? owedBack.toString() : "nothing")));
        }
        return bad.<Decision<GuaranteeEvent>>map(Decision::reject).orElseGet(() -> Decision.accept(
                new ReimbursementReturned(c.guaranteeId(), c.callId(), c.partner(), c.amount(), c.reference(), today)));
    }

    static Decision<GuaranteeEvent> refund(RecordBeneficiaryRefund c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = honouredCall(c.callId(), state, true);
        if (refused.isPresent()) {
            return refused.get();
        }
        Call call = States.fileOf(state).call();
        Optional<Rejection> bad = States.positive(c.amount(), States.fileOf(state), "amount");
        Money due = call.refundDue().minus(call.refunded());
        if (bad.isEmpty() && c.amount().compareTo(due) > 0) {
            bad = Optional.of(Rejection.invalid("refund-not-exceeded", "amount", "the beneficiary owes " + due + " back"));
        }
        return bad.<Decision<GuaranteeEvent>>map(Decision::reject).orElseGet(() -> Decision.accept(
                new BeneficiaryRefundReceived(c.guaranteeId(), c.callId(), c.amount(), c.reference(), today)));
    }

    static Decision<GuaranteeEvent> recovery(RecordRecovery c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = honouredCall(c.callId(), state, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        GuaranteeFile f = States.fileOf(state);
        Call call = f.call();
        Optional<Rejection> bad = States.positive(c.amount(), f, "amount");
        if (bad.isEmpty() && c.amount().compareTo(call.recoverable()) > 0) {
            bad = Optional.of(Rejection.invalid("recovery-within-share", "amount", "only " + call.recoverable()
                    + " of the guarantor's share of " + call.share() + " is left to recover"));
        }
        if (bad.isEmpty() && (c.source() == null || (c.source() == RecoverySource.COUNTER_GUARANTEE
                && f.terms().counterGuarantee() == null))) {
            bad = Optional.of(Rejection.invalid("counter-guarantee-recorded", "source", "a recovery names its source;"
                    + " COUNTER_GUARANTEE needs a counter-guarantee in the terms"));
        }
        if (bad.isPresent()) {
            return Decision.reject(bad.get());
        }
        List<GuaranteeEvent> events = new ArrayList<>();
        if (c.source() == RecoverySource.COUNTER_GUARANTEE) {
            events.add(new CounterGuaranteeEnforced(c.guaranteeId(), c.callId(), c.amount(), c.reference(), today));
        }
        events.add(new RecoveryRecorded(c.guaranteeId(), c.callId(), c.amount(), c.source(), c.reference(),
                RecoverySharing.share(borne(call), call.recoveries(), c.amount(), Parties.GUARANTOR), today));
        if (c.amount().equals(call.recoverable())) {
            events.add(new CaseClosed(c.guaranteeId(), c.callId(), RECOVERED_IN_FULL, today));
        }
        return new Decision.Accepted<>(events);
    }

    static Decision<GuaranteeEvent> writeOff(WriteOff c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = honouredCall(c.callId(), state, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        Call call = States.fileOf(state).call();
        if (States.blank(c.reason()) || States.badText(c.reason())) {
            return States.invalid("write-off-reason", "reason", "a write-off states its reason, at most "
                    + States.MAX_TEXT + " characters");
        }
        if (!call.recoverable().isPositive()) {
            return States.notIn(state, "something-to-write-off", "nothing of the guarantor's share is left unrecovered");
        }
        return new Decision.Accepted<>(List.of(new CallWrittenOff(c.guaranteeId(), c.callId(), call.recoverable(),
                c.reason().strip(), c.actor().person(), today), new CaseClosed(c.guaranteeId(), c.callId(), WRITTEN_OFF, today)));
    }

    /** What the guarantor and each partner bear of the guarantor's share: the partners their reimbursements owed. */
    static List<Share> borne(Call call) {
        List<Share> borne = new ArrayList<>();
        borne.add(new Share(Parties.GUARANTOR, call.share().minus(Share.total(call.reimbursementsOwed(), call.share().currency()))));
        borne.addAll(call.reimbursementsOwed());
        return borne;
    }

    private static Optional<Decision<GuaranteeEvent>> honouredCall(CallId id, GuaranteeState state, boolean closedToo) {
        boolean open = state instanceof Honoured || state instanceof Recovering || (closedToo && state instanceof Closed);
        if (!open) {
            return Optional.of(States.notIn(state, "honoured-call", closedToo ? "only an honoured call is settled"
                    : "recoveries and write-offs follow an honoured call until its case is closed"));
        }
        return States.fileOf(state).call(id).isPresent() ? Optional.empty() : Optional.of(States.noCall(id));
    }
}

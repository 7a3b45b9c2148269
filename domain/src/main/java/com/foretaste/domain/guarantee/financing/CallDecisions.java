package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.financing.GuaranteeState.*;
import com.foretaste.domain.guarantee.loss.LossAllocation;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call's way: the beneficiary calls an issued guarantee on an uncured default inside the term; a person of the
 * guarantor assesses it at min(exposure, ratio x (loss - the insurer's indemnity noted)); the guarantor honours
 * it (another person than the assessor above the threshold), which claims each partner's share, or rejects it.
 */
final class CallDecisions {

    private CallDecisions() {
    }

    static Decision<GuaranteeEvent> call(CallGuarantee c, GuaranteeState state, LocalDate today) {
        if (!(state instanceof Issued i)) {
            return States.notIn(state, "call-issued-guarantee", "only an issued guarantee with no call open is called");
        }
        GuaranteeFile f = i.file();
        Optional<NotedDefault> noted = c.defaultedOn() == null ? Optional.empty() : f.defaultOn(c.defaultedOn());
        if (noted.isEmpty()) {
            return States.invalid("call-names-covered-default", "defaultedOn", "the guarantee covers no default of the"
                    + " agreement on " + c.defaultedOn() + "; a default counts when it happened while the guarantee was issued");
        }
        if (noted.get().cured()) {
            return States.notIn(state, "default-not-cured", "the obligor cured the default on " + noted.get().curedOn());
        }
        if (c.callId() == null) {
            return States.invalid("call-id", "callId", "a call has an id");
        }
        return Decision.accept(new GuaranteeCalled(c.guaranteeId(), c.callId(), noted.get().defaultedOn(),
                noted.get().loss(), c.actor().person(), today));
    }

    static Decision<GuaranteeEvent> assess(AssessCall c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = openCall(c.callId(), state, "assess-open-call", "a call is assessed while open");
        if (refused.isPresent()) {
            return refused.get();
        }
        GuaranteeFile f = States.fileOf(state);
        Call call = f.call();
        Money indemnity = f.defaultOn(call.defaultedOn()).map(NotedDefault::indemnity).orElse(Money.zero(call.loss().currency()));
        Money amount = LossAllocation.guarantorPayment(call.loss(), indemnity, f.terms().coverageRatio(), f.exposure());
        if (!amount.isPositive()) {
            return States.notIn(state, "honour-amount-positive", "the call would pay nothing (no exposure left, or the"
                    + " insurer's indemnity covers the loss): reject it with a reason");
        }
        return Decision.accept(new CallAssessed(c.guaranteeId(), c.callId(), indemnity, amount, c.actor().person(), today));
    }

    static Decision<GuaranteeEvent> honour(HonourCall c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = openCall(c.callId(), state, "honour-open-call", "a call is honoured while open");
        if (refused.isPresent()) {
            return refused.get();
        }
        GuaranteeFile f = States.fileOf(state);
        Call call = f.call();
        if (call.assessed() == null) {
            return States.notIn(state, "honour-assessed-call", "a call is honoured as assessed; assess it (again) first");
        }
        Money threshold = f.terms().secondApprovalAbove();
        if (call.assessed().compareTo(threshold) > 0 && c.actor().person().equals(call.assessedBy())) {
            return Decision.reject(Rejection.notAParty("second-person-honours", "honouring " + call.assessed()
                    + " is above " + threshold + ": another person than " + call.assessedBy() + ", who assessed it, must honour it"));
        }
        if (States.badText(c.reference())) {
            return States.invalid("reference-text", "reference", "a reference is at most " + States.MAX_TEXT + " characters");
        }
        List<GuaranteeEvent> events = new ArrayList<>();
        events.add(new CallHonoured(c.guaranteeId(), c.callId(), call.assessed(), c.reference(), c.actor().person(), today));
        for (Share owed : f.terms().programme().reimbursements(call.assessed())) {
            if (owed.amount().isPositive()) {
                events.add(new ReimbursementClaimed(c.guaranteeId(), c.callId(), owed.party(), owed.amount(), today));
            }
        }
        return new Decision.Accepted<>(events);
    }

    static Decision<GuaranteeEvent> reject(RejectCall c, GuaranteeState state, LocalDate today) {
        Optional<Decision<GuaranteeEvent>> refused = openCall(c.callId(), state, "reject-open-call", "a call is rejected while open");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (States.blank(c.reason()) || States.badText(c.reason())) {
            return States.invalid("rejection-reason", "reason", "a rejection states its reason, at most "
                    + States.MAX_TEXT + " characters");
        }
        return Decision.accept(new CallRejected(c.guaranteeId(), c.callId(), c.reason().strip(), c.actor().person(), today));
    }

    private static Optional<Decision<GuaranteeEvent>> openCall(CallId id, GuaranteeState state, String rule, String message) {
        if (!(state instanceof Called called)) {
            return Optional.of(States.notIn(state, rule, message));
        }
        return called.file().call(id).isPresent() ? Optional.empty() : Optional.of(States.noCall(id));
    }
}

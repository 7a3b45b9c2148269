package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.financing.GuaranteeState.*;
import com.foretaste.domain.guarantee.limits.RegulatoryLimits;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From request to issue: the guarantor approves a request within its regulatory limits (its liability being the
 * exposure the request gives today) or declines it with a reason; the fee falls due in yearly instalments and the
 * first one paid in full issues the guarantee.
 */
final class IssueDecisions {

    private IssueDecisions() {
    }

    static Decision<GuaranteeEvent> approve(ApproveGuarantee c, GuaranteeState state, LocalDate today) {
        if (!(state instanceof Requested r)) {
            return States.notIn(state, "approve-requested", "only a request is approved");
        }
        if (c.book() == null) {
            return States.invalid("guarantor-book", "book", "the guarantor's book is needed to check its limits");
        }
        GuaranteeFile f = r.file();
        if (!today.isBefore(f.terms().term().endExclusive())) {
            return States.notIn(state, "term-ahead", "the term " + f.terms().term() + " has ended");
        }
        Optional<Rejection> overLimit = RegulatoryLimits.check(c.book(), f.exposure());
        if (overLimit.isPresent()) {
            return Decision.reject(overLimit.get());
        }
        return Decision.accept(new GuaranteeApproved(c.guaranteeId(), FeeInstalment.schedule(f.terms(), today),
                f.exposure(), c.actor().person(), today));
    }

    static Decision<GuaranteeEvent> decline(DeclineGuarantee c, GuaranteeState state, LocalDate today) {
        if (!(state instanceof Requested)) {
            return States.notIn(state, "decline-requested", "only a request is declined");
        }
        if (States.blank(c.reason()) || States.badText(c.reason())) {
            return States.invalid("decline-reason", "reason", "a decline states its reason, at most "
                    + States.MAX_TEXT + " characters");
        }
        return Decision.accept(new GuaranteeDeclined(c.guaranteeId(), c.reason().strip(), c.actor().person(), today));
    }

    static Decision<GuaranteeEvent> payFee(RecordFeePayment c, GuaranteeState state, LocalDate today) {
        if (!(state instanceof Approved || state instanceof Issued || state instanceof Called)) {
            return States.notIn(state, "fee-while-approved-or-issued", "fee is paid on an approved or issued guarantee");
        }
        GuaranteeFile f = States.fileOf(state);
        Optional<Rejection> bad = States.positive(c.amount(), f, "amount");
        if (bad.isPresent()) {
            return Decision.reject(bad.get());
        }
        if (c.amount().compareTo(f.feeUnpaid()) > 0) {
            return States.invalid("fee-not-exceeded", "amount", "only " + f.feeUnpaid() + " of the fee of "
                    + f.feeTotal() + " is unpaid");
        }
        if (States.badText(c.reference())) {
            return States.invalid("reference-text", "reference", "a reference is at most " + States.MAX_TEXT + " characters");
        }
        List<GuaranteeEvent> events = new ArrayList<>();
        events.add(new FeePaid(c.guaranteeId(), c.amount(), c.reference(), c.actor().person(), today));
        GuaranteeFile paid = f.feeReceived(c.amount());
        if (state instanceof Approved && paid.unpaid(f.fee().get(0)).isZero()) {
            events.add(new GuaranteeIssued(c.guaranteeId(), today, f.exposure()));
        }
        return new Decision.Accepted<>(events);
    }
}

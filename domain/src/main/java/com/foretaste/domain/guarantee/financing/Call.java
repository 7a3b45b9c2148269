package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The beneficiary's call on one default and what became of it. {@code assessed} is the amount prepared for
 * honouring (null until assessed, and again after the insurer's indemnity moved it); {@code honoured} what the
 * guarantor paid; {@code share} what it bears under the waterfall (the honoured amount, less what the beneficiary
 * refunds when the insurer paid after it); {@code refundDue} that refund. Partners' reimbursements owed and
 * received, and recoveries by party, are kept as shares; {@code writtenOff} closes what is not recovered.
 */
public record Call(CallId callId, LocalDate defaultedOn, Money loss, LocalDate calledOn, String calledBy,
                   Money indemnity, Money assessed, String assessedBy, Money honoured, LocalDate honouredOn,
                   String honouredBy, Money share, Money refundDue, Money refunded, List<Share> reimbursementsOwed,
                   List<Share> reimbursed, List<Share> recoveries, Money writtenOff) {

    public Call {
        reimbursementsOwed = List.copyOf(reimbursementsOwed);
        reimbursed = List.copyOf(reimbursed);
        recoveries = List.copyOf(recoveries);
    }

    static Call made(CallId id, LocalDate defaultedOn, Money loss, LocalDate on, String by) {
        Money zero = Money.zero(loss.currency());
        return new Call(id, defaultedOn, loss, on, by, zero, null, null, zero, null, null, zero, zero, zero,
                List.of(), List.of(), List.of(), zero);
    }

    public boolean isHonoured() {
        return honouredOn != null;
    }

    public Money recovered() {
        return Share.total(recoveries, loss.currency());
    }

    /** What the guarantor may still recover: its share less what it recovered and wrote off. */
    public Money recoverable() {
        return share.minus(recovered()).minus(writtenOff);
    }

    /** What {@code partner} still owes the guarantor (negative: what the guarantor owes it back). */
    public Money reimbursementOutstanding(String partner) {
        var currency = loss.currency();
        return Share.of(reimbursementsOwed, partner, currency).minus(Share.of(reimbursed, partner, currency));
    }

    Call assessed(Money newIndemnity, Money amount, String person) {
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, newIndemnity, amount, person, honoured, honouredOn,
                honouredBy, share, refundDue, refunded, reimbursementsOwed, reimbursed, recoveries, writtenOff);
    }

    Call honoured(Money amount, LocalDate on, String person) {
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, indemnity, assessed, assessedBy, amount, on,
                person, amount, refundDue, refunded, reimbursementsOwed, reimbursed, recoveries, writtenOff);
    }

    Call owed(List<Share> owed) {
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, indemnity, assessed, assessedBy, honoured,
                honouredOn, honouredBy, share, refundDue, refunded, owed, reimbursed, recoveries, writtenOff);
    }

    Call settled(Money newIndemnity, Money newShare, Money refund, List<Share> owed) {
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, newIndemnity, assessed, assessedBy, honoured,
                honouredOn, honouredBy, newShare, refund, refunded, owed, reimbursed, recoveries, writtenOff);
    }

    Call reimbursedBy(String partner, Money amount) {
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, indemnity, assessed, assessedBy, honoured,
                honouredOn, honouredBy, share, refundDue, refunded, reimbursementsOwed,
                plus(reimbursed, new Share(partner, amount)), recoveries, writtenOff);
    }

    Call refundedBy(Money amount) {
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, indemnity, assessed, assessedBy, honoured,
                honouredOn, honouredBy, share, refundDue, refunded.plus(amount), reimbursementsOwed, reimbursed,
                recoveries, writtenOff);
    }

    Call recovered(List<Share> shares) {
        List<Share> all = new ArrayList<>(recoveries);
        all.addAll(shares);
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, indemnity, assessed, assessedBy, honoured,
                honouredOn, honouredBy, share, refundDue, refunded, reimbursementsOwed, reimbursed, all, writtenOff);
    }

    Call writtenOff(Money amount) {
        return new Call(callId, defaultedOn, loss, calledOn, calledBy, indemnity, assessed, assessedBy, honoured,
                honouredOn, honouredBy, share, refundDue, refunded, reimbursementsOwed, reimbursed, recoveries,
                writtenOff.plus(amount));
    }

    private static List<Share> plus(List<Share> list, Share item) {
        List<Share> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}

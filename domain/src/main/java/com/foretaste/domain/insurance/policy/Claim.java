package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;

/**
 * A claim on one default of the covered agreement. {@code reserve} is the expected indemnity while the
 * claim is assessed or approved and unpaid (zero otherwise); {@code indemnity} is set on approval;
 * {@code recoveredByInsurer} and {@code recoveredByInsured} are the shares of what the licensee paid back.
 */
public record Claim(ClaimId claimId, LocalDate defaultedOn, Money loss, ClaimStatus status, LocalDate filedOn,
                    String filedBy, Money reserve, String assessedBy, Money indemnity, String approvedBy,
                    LocalDate paymentDueOn, boolean paymentOverdue, LocalDate paidOn, Money recoveredByInsurer,
                    Money recoveredByInsured, String rejectionReason) {

    static Claim filed(ClaimId id, LocalDate defaultedOn, Money loss, LocalDate filedOn, String filedBy) {
        Money zero = Money.zero(loss.currency());
        return new Claim(id, defaultedOn, loss, ClaimStatus.FILED, filedOn, filedBy, zero, null, zero, null, null,
                false, null, zero, zero, null);
    }

    public Money recovered() {
        return recoveredByInsurer.plus(recoveredByInsured);
    }

    /** An indemnity approved or paid counts against the coverage limit. */
    boolean countsAgainstLimit() {
        return status == ClaimStatus.APPROVED || status == ClaimStatus.PAID || status == ClaimStatus.CLOSED;
    }

    Claim assessed(Money newReserve, String person) {
        return new Claim(claimId, defaultedOn, loss, ClaimStatus.ASSESSING, filedOn, filedBy, newReserve, person,
                indemnity, approvedBy, paymentDueOn, paymentOverdue, paidOn, recoveredByInsurer, recoveredByInsured,
                rejectionReason);
    }

    Claim approved(Money amount, String person, LocalDate dueOn) {
        return new Claim(claimId, defaultedOn, loss, ClaimStatus.APPROVED, filedOn, filedBy, amount, assessedBy,
                amount, person, dueOn, false, paidOn, recoveredByInsurer, recoveredByInsured, rejectionReason);
    }

    Claim ended(ClaimStatus next, String reason) {
        return new Claim(claimId, defaultedOn, loss, next, filedOn, filedBy, Money.zero(loss.currency()), assessedBy,
                indemnity, approvedBy, paymentDueOn, paymentOverdue, paidOn, recoveredByInsurer, recoveredByInsured,
                reason == null ? rejectionReason : reason);
    }

    Claim paid(LocalDate on) {
        return new Claim(claimId, defaultedOn, loss, ClaimStatus.PAID, filedOn, filedBy, Money.zero(loss.currency()),
                assessedBy, indemnity, approvedBy, paymentDueOn, paymentOverdue, on, recoveredByInsurer,
                recoveredByInsured, rejectionReason);
    }

    Claim overdue() {
        return new Claim(claimId, defaultedOn, loss, status, filedOn, filedBy, reserve, assessedBy, indemnity,
                approvedBy, paymentDueOn, true, paidOn, recoveredByInsurer, recoveredByInsured, rejectionReason);
    }

    Claim recovered(Money insurer, Money insured) {
        return new Claim(claimId, defaultedOn, loss, status, filedOn, filedBy, reserve, assessedBy, indemnity,
                approvedBy, paymentDueOn, paymentOverdue, paidOn, recoveredByInsurer.plus(insurer),
                recoveredByInsured.plus(insured), rejectionReason);
    }
}

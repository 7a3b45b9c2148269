package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A claim's way: filed by the insured on a covered default once the waiting period is over (one claim
 * per default), assessed with a reserve, approved with the indemnity of {@link IndemnityPolicy} (a
 * second person approves above the policy's threshold) or rejected with a reason, then paid.
 */
final class ClaimDecisions {

    private ClaimDecisions() {
    }

    static Decision<PolicyEvent> file(FileClaim c, PolicyState state, LocalDate today) {
        if (!States.covering(state)) {
            return States.notIn(state, "claim-on-active-or-expired-policy", "claims are filed under an active or expired policy");
        }
        PolicyFile f = States.fileOf(state);
        Optional<CoveredDefault> covered = c.defaultedOn() == null ? Optional.empty() : f.defaultOn(c.defaultedOn());
        if (covered.isEmpty()) {
            return States.invalid("claim-names-covered-default", "defaultedOn", "the policy covers no default of the agreement on "
                    + c.defaultedOn() + "; a default counts when it happened inside the policy period while the policy was active");
        }
        if (f.claim(c.claimId()).isPresent()) {
            return States.notIn(state, "claim-id-unused", "claim " + c.claimId() + " exists already");
        }
        if (f.claimFor(c.defaultedOn()).isPresent()) {
            return States.notIn(state, "one-claim-per-default", "a claim on the default of " + c.defaultedOn() + " was filed already");
        }
        CoveredDefault d = covered.get();
        if (d.cured()) {
            return States.notIn(state, "default-not-cured", "the licensee cured the default on " + d.curedOn());
        }
        if (today.isBefore(d.claimableFrom())) {
            return States.notIn(state, "waiting-period-over", "the waiting period after the default ends on "
                    + d.claimableFrom() + "; a claim may be filed from that day");
        }
        return Decision.accept(new ClaimFiled(c.policyId(), c.claimId(), d.defaultedOn(), d.loss(), c.actor().person(),
                false, today));
    }

    static Decision<PolicyEvent> assess(AssessClaim c, PolicyState state, LocalDate today) {
        PolicyFile f = States.fileOf(state);
        Optional<Claim> found = f.claim(c.claimId());
        if (found.isEmpty()) {
            return States.noClaim(c.claimId());
        }
        Claim claim = found.get();
        if (claim.status() != ClaimStatus.FILED && claim.status() != ClaimStatus.ASSESSING) {
            return States.claimNotIn(claim, "assess-filed-claim", "only a claim filed or being assessed takes a reserve");
        }
        if (c.reserve() == null || !c.reserve().hasCurrency(claim.loss().currency()) || c.reserve().isNegative()) {
            return States.invalid("reserve-non-negative", "reserve", "a reserve is zero or more, in "
                    + claim.loss().currency().getCurrencyCode());
        }
        Money most = IndemnityPolicy.indemnity(claim.loss(), f.terms().deductible(), f.terms().indemnityRatio(),
                f.remainingLimit());
        if (c.reserve().compareTo(most) > 0) {
            return States.invalid("reserve-within-indemnity", "reserve", "the reserve cannot exceed the most the claim can pay, "
                    + most + " (ratio x (loss - deductible), within the remaining limit)");
        }
        if (PremiumDecisions.text(c.note())) {
            return States.invalid("note-text", "note", "a note is at most " + PremiumDecisions.MAX_TEXT + " characters");
        }
        return Decision.accept(new ClaimAssessed(c.policyId(), c.claimId(), c.reserve(), c.actor().person(), c.note(), today));
    }

    static Decision<PolicyEvent> approve(ApproveClaim c, PolicyState state, LocalDate today) {
        PolicyFile f = States.fileOf(state);
        Optional<Claim> found = f.claim(c.claimId());
        if (found.isEmpty()) {
            return States.noClaim(c.claimId());
        }
        Claim claim = found.get();
        if (claim.status() != ClaimStatus.ASSESSING) {
            return States.claimNotIn(claim, "approve-assessed-claim", "a claim is approved after it was assessed");
        }
        PolicyTerms t = f.terms();
        Money indemnity = IndemnityPolicy.indemnity(claim.loss(), t.deductible(), t.indemnityRatio(), f.remainingLimit());
        if (!indemnity.isPositive()) {
            return States.claimNotIn(claim, "indemnity-positive", "the claim would pay nothing (loss within the deductible,"
                    + " or the limit used up): reject it with a reason");
        }
        if (indemnity.compareTo(t.secondApprovalAbove()) > 0 && c.actor().person().equals(claim.assessedBy())) {
            return Decision.reject(Rejection.notAParty("second-person-approves", "an indemnity of " + indemnity
                    + " is above " + t.secondApprovalAbove() + ": another person than " + claim.assessedBy()
                    + ", who assessed it, must approve it"));
        }
        return Decision.accept(new ClaimApproved(c.policyId(), c.claimId(), indemnity, c.actor().person(), today,
                today.plusDays(t.paymentPeriodDays())));
    }

    static Decision<PolicyEvent> reject(RejectClaim c, PolicyState state, LocalDate today) {
        Optional<Claim> found = States.fileOf(state).claim(c.claimId());
        if (found.isEmpty()) {
            return States.noClaim(c.claimId());
        }
        Claim claim = found.get();
        if (claim.status() != ClaimStatus.FILED && claim.status() != ClaimStatus.ASSESSING) {
            return States.claimNotIn(claim, "reject-undecided-claim", "only a claim not yet decided can be rejected");
        }
        if (c.reason() == null || c.reason().isBlank() || PremiumDecisions.text(c.reason())) {
            return States.invalid("rejection-reason", "reason", "a rejection states its reason, at most "
                    + PremiumDecisions.MAX_TEXT + " characters");
        }
        return Decision.accept(new ClaimRejected(c.policyId(), c.claimId(), c.reason().strip(), c.actor().person(), today));
    }

    static Decision<PolicyEvent> pay(PayClaim c, PolicyState state, LocalDate today) {
        Optional<Claim> found = States.fileOf(state).claim(c.claimId());
        if (found.isEmpty()) {
            return States.noClaim(c.claimId());
        }
        Claim claim = found.get();
        if (claim.status() != ClaimStatus.APPROVED) {
            return States.claimNotIn(claim, "pay-approved-claim", "only an approved claim is paid");
        }
        if (PremiumDecisions.text(c.reference())) {
            return States.invalid("reference-text", "reference", "a reference is at most " + PremiumDecisions.MAX_TEXT + " characters");
        }
        return Decision.accept(new ClaimPaid(c.policyId(), c.claimId(), claim.indemnity(), c.reference(),
                c.actor().person(), today));
    }
}

package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.ClaimClosed;
import com.foretaste.domain.insurance.policy.PolicyEvent.RecoveryRecorded;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Subrogation: after a claim is paid, what the licensee pays on the amounts of that default is recovered
 * (and what the insurer collects itself, which it records), shared by {@link RecoveryShares}, up to the
 * loss; a claim recovered in full is closed, and the insurer may close a paid claim at any time.
 */
final class RecoveryDecisions {

    static final String LICENSEE_PAYMENT = "LICENSEE_PAYMENT";
    static final String INSURER_COLLECTION = "INSURER_COLLECTION";

    private RecoveryDecisions() {
    }

    static Decision<PolicyEvent> record(RecordRecovery c, PolicyState state, LocalDate today) {
        Optional<Claim> found = States.fileOf(state).claim(c.claimId());
        if (found.isEmpty()) {
            return States.noClaim(c.claimId());
        }
        Claim claim = found.get();
        if (claim.status() != ClaimStatus.PAID) {
            return States.claimNotIn(claim, "recover-paid-claim", "recoveries are recorded on a paid claim not yet closed");
        }
        if (c.amount() == null || !c.amount().hasCurrency(claim.loss().currency()) || !c.amount().isPositive()) {
            return States.invalid("recovery-positive", "amount", "a recovery is above zero, in "
                    + claim.loss().currency().getCurrencyCode());
        }
        Money open = claim.loss().minus(claim.recovered());
        if (c.amount().compareTo(open) > 0) {
            return States.invalid("recoveries-within-loss", "amount", "recoveries cannot exceed the loss: " + open + " is left");
        }
        if (PremiumDecisions.text(c.reference())) {
            return States.invalid("reference-text", "reference", "a reference is at most " + PremiumDecisions.MAX_TEXT + " characters");
        }
        return Decision.accept(recovery(c.policyId(), claim, c.amount(), INSURER_COLLECTION, c.reference(), today)
                .toArray(PolicyEvent[]::new));
    }

    static Decision<PolicyEvent> close(CloseClaim c, PolicyState state, LocalDate today) {
        Optional<Claim> found = States.fileOf(state).claim(c.claimId());
        if (found.isEmpty()) {
            return States.noClaim(c.claimId());
        }
        if (found.get().status() != ClaimStatus.PAID) {
            return States.claimNotIn(found.get(), "close-paid-claim", "a paid claim is closed; others end by rejection or withdrawal");
        }
        if (PremiumDecisions.text(c.reason())) {
            return States.invalid("reason-text", "reason", "a reason is at most " + PremiumDecisions.MAX_TEXT + " characters");
        }
        return Decision.accept(new ClaimClosed(c.policyId(), c.claimId(), c.reason() == null ? "closed by the insurer"
                : c.reason().strip(), today));
    }

    /**
     * The part of a licensee's payment applied to the amounts due of a paid claim's default is recovered
     * on that claim, oldest claim first, each up to what is left of its loss; a payment is counted once.
     */
    static Decision<PolicyEvent> licenseePaid(NoteLicenseePayment c, PolicyState state) {
        Optional<PolicyFile> file = States.file(state);
        if (file.isEmpty() || file.get().recoveredPayments().contains(c.paymentId())) {
            return Decision.accept();
        }
        PolicyFile f = file.get();
        List<PolicyEvent> events = new ArrayList<>();
        for (Claim claim : f.claims()) {
            if (claim.status() != ClaimStatus.PAID) {
                continue;
            }
            List<Integer> receivables = f.defaultOn(claim.defaultedOn()).map(CoveredDefault::receivables).orElse(List.of());
            Money applied = c.applied().stream().filter(a -> receivables.contains(a.receivable()))
                    .map(Applied::amount).reduce(Money.zero(claim.loss().currency()), Money::plus);
            Money open = claim.loss().minus(claim.recovered());
            Money amount = applied.compareTo(open) <= 0 ? applied : open;
            if (amount.isPositive()) {
                events.addAll(recovery(c.policyId(), claim, amount, LICENSEE_PAYMENT, c.paymentId(), c.receivedOn()));
            }
        }
        return new Decision.Accepted<>(events);
    }

    private static List<PolicyEvent> recovery(PolicyId policyId, Claim claim, Money amount, String source, String sourceId,
                                              LocalDate on) {
        RecoveryShares.Split split = RecoveryShares.of(claim.loss(), claim.indemnity(), claim.recovered(), amount);
        RecoveryRecorded recorded = new RecoveryRecorded(policyId, claim.claimId(), amount, split.insurer(), split.insured(),
                source, sourceId, on);
        if (claim.recovered().plus(amount).compareTo(claim.loss()) < 0) {
            return List.of(recorded);
        }
        return List.of(recorded, new ClaimClosed(policyId, claim.claimId(), "the loss was recovered in full", on));
    }
}

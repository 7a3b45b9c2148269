package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.CancelPolicy;
import com.foretaste.domain.insurance.policy.PolicyCommand.RecordPremiumPayment;
import com.foretaste.domain.insurance.policy.PolicyEvent.PolicyActivated;
import com.foretaste.domain.insurance.policy.PolicyEvent.PolicyCancelled;
import com.foretaste.domain.insurance.policy.PolicyEvent.PremiumPaid;
import com.foretaste.domain.insurance.policy.PolicyState.Active;
import com.foretaste.domain.insurance.policy.PolicyState.Quoted;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Premium: each share is paid up to its amount by its due date, and the whole premium received makes
 * the policy active. Cancellation keeps the premium earned up to the cancellation day and returns the
 * rest to those who paid it, in proportion to their shares; a policy that paid a claim returns nothing.
 */
final class PremiumDecisions {

    static final int MAX_TEXT = 1000;

    private PremiumDecisions() {
    }

    static Decision<PolicyEvent> pay(RecordPremiumPayment c, PolicyState state, LocalDate today) {
        if (!(state instanceof Quoted quoted)) {
            return States.notIn(state, "premium-while-quoted", "premium is paid once, while the policy is quoted");
        }
        PolicyFile file = quoted.file();
        if (c.payer() == null) {
            return States.invalid("premium-payer", "payer", "say which share is paid: POLICYHOLDER or SUBSIDY");
        }
        if (!c.amount().hasCurrency(file.premium().total().currency()) || !c.amount().isPositive()) {
            return States.invalid("premium-amount-positive", "amount", "a premium payment is above zero, in "
                    + file.premium().total().currency().getCurrencyCode());
        }
        Money open = file.premium().share(c.payer()).minus(file.paid(c.payer()));
        if (c.amount().compareTo(open) > 0) {
            return States.invalid("premium-share-not-exceeded", "amount", "the " + c.payer() + " share has "
                    + open + " left to pay");
        }
        if (today.isAfter(file.terms().premiumDueOn())) {
            return States.notIn(state, "premium-by-due-date", "the premium was due by " + file.terms().premiumDueOn());
        }
        if (text(c.reference())) {
            return States.invalid("reference-text", "reference", "a reference is at most " + MAX_TEXT + " characters");
        }
        PremiumPaid paid = new PremiumPaid(c.policyId(), c.payer(), c.amount(), c.reference(), today);
        boolean complete = file.withPremium(c.payer(), c.amount()).premiumPaidInFull();
        return complete ? Decision.accept(paid, new PolicyActivated(c.policyId(), today)) : Decision.accept(paid);
    }

    static Decision<PolicyEvent> cancel(CancelPolicy c, PolicyState state, LocalDate today) {
        if (text(c.reason())) {
            return States.invalid("reason-text", "reason", "a reason is at most " + MAX_TEXT + " characters");
        }
        if (state instanceof Quoted quoted) {
            PolicyFile f = quoted.file();
            return Decision.accept(new PolicyCancelled(c.policyId(), today, c.reason(), zero(f), f.policyholderPaid(),
                    f.subsidyPaid()));
        }
        if (!(state instanceof Active active)) {
            return States.notIn(state, "cancel-quoted-or-active", "only a quoted or active policy can be cancelled");
        }
        PolicyFile f = active.file();
        boolean open = f.claims().stream().anyMatch(claim -> claim.status().unpaid())
                || f.defaults().stream().anyMatch(d -> !d.cured() && f.claimFor(d.defaultedOn()).isEmpty());
        if (open) {
            return States.notIn(state, "cancel-without-open-claim",
                    "a policy with an uncured default or a claim not yet decided and paid cannot be cancelled");
        }
        Money earned = EarnedPremium.before(f.premium().total(), f.terms().period(), today);
        boolean paidAClaim = f.claims().stream().anyMatch(claim -> claim.paidOn() != null);
        Money refund = paidAClaim ? zero(f) : f.premium().total().minus(earned);
        List<Money> shares = split(refund, f);
        return Decision.accept(new PolicyCancelled(c.policyId(), today, c.reason(), paidAClaim ? f.premium().total() : earned,
                shares.get(1), shares.get(0)));
    }

    /** The refund shared as the premium was: the subsidy's part rounded toward zero, the policyholder the rest. */
    private static List<Money> split(Money refund, PolicyFile f) {
        if (refund.isZero() || f.premium().subsidyShare().isZero()) {
            return List.of(zero(f), refund);
        }
        return refund.allocate(List.of(f.premium().subsidyShare().amount(), f.premium().policyholderShare().amount()));
    }

    private static Money zero(PolicyFile f) {
        return Money.zero(f.premium().total().currency());
    }

    static boolean text(String text) {
        return text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(ch -> ch < 0x20 && ch != '\n'));
    }
}

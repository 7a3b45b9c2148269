package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What every state of a quoted policy holds: its terms and premium, the premium received by share, the
 * defaults it covers, its claims in the order filed, and the ids of the licensee's payments already
 * turned into recoveries (so a payment seen twice is recovered once).
 */
public record PolicyFile(PolicyTerms terms, Premium premium, LocalDate quotedOn, Money policyholderPaid,
                         Money subsidyPaid, List<CoveredDefault> defaults, List<Claim> claims,
                         List<String> recoveredPayments) {

    public PolicyFile {
        defaults = List.copyOf(defaults);
        claims = List.copyOf(claims);
        recoveredPayments = List.copyOf(recoveredPayments);
    }

    static PolicyFile quoted(PolicyTerms terms, Premium premium, LocalDate on) {
        Money zero = Money.zero(premium.total().currency());
        return new PolicyFile(terms, premium, on, zero, zero, List.of(), List.of(), List.of());
    }

    public Money paid(PremiumPayer payer) {
        return payer == PremiumPayer.SUBSIDY ? subsidyPaid : policyholderPaid;
    }

    public Money premiumReceived() {
        return policyholderPaid.plus(subsidyPaid);
    }

    boolean premiumPaidInFull() {
        return premiumReceived().compareTo(premium.total()) >= 0;
    }

    /** Indemnities approved or paid: what the coverage limit has given already. */
    public Money limitUsed() {
        return claims.stream().filter(Claim::countsAgainstLimit).map(Claim::indemnity)
                .reduce(Money.zero(terms.coverageLimit().currency()), Money::plus);
    }

    public Money remainingLimit() {
        return terms.coverageLimit().minus(limitUsed());
    }

    public Optional<Claim> claim(ClaimId id) {
        return claims.stream().filter(c -> c.claimId().equals(id)).findFirst();
    }

    public Optional<CoveredDefault> defaultOn(LocalDate defaultedOn) {
        return defaults.stream().filter(d -> d.defaultedOn().equals(defaultedOn)).findFirst();
    }

    Optional<Claim> claimFor(LocalDate defaultedOn) {
        return claims.stream().filter(c -> c.defaultedOn().equals(defaultedOn)).findFirst();
    }

    PolicyFile withPremium(PremiumPayer payer, Money amount) {
        return payer == PremiumPayer.SUBSIDY
                ? new PolicyFile(terms, premium, quotedOn, policyholderPaid, subsidyPaid.plus(amount), defaults, claims, recoveredPayments)
                : new PolicyFile(terms, premium, quotedOn, policyholderPaid.plus(amount), subsidyPaid, defaults, claims, recoveredPayments);
    }

    PolicyFile withDefault(CoveredDefault covered) {
        return new PolicyFile(terms, premium, quotedOn, policyholderPaid, subsidyPaid, plus(defaults, covered), claims,
                recoveredPayments);
    }

    PolicyFile withDefaultChanged(LocalDate defaultedOn, UnaryOperator<CoveredDefault> change) {
        return new PolicyFile(terms, premium, quotedOn, policyholderPaid, subsidyPaid, defaults.stream()
                .map(d -> d.defaultedOn().equals(defaultedOn) ? change.apply(d) : d).toList(), claims, recoveredPayments);
    }

    PolicyFile withClaim(Claim claim) {
        return new PolicyFile(terms, premium, quotedOn, policyholderPaid, subsidyPaid, defaults, plus(claims, claim),
                recoveredPayments);
    }

    PolicyFile withClaimChanged(ClaimId id, UnaryOperator<Claim> change) {
        return new PolicyFile(terms, premium, quotedOn, policyholderPaid, subsidyPaid, defaults, claims.stream()
                .map(c -> c.claimId().equals(id) ? change.apply(c) : c).toList(), recoveredPayments);
    }

    PolicyFile withRecoveredPayment(String paymentId) {
        return recoveredPayments.contains(paymentId) ? this : new PolicyFile(terms, premium, quotedOn, policyholderPaid,
                subsidyPaid, defaults, claims, plus(recoveredPayments, paymentId));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}

package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A default of the covered agreement that the policy covers: when it happened, what it left unpaid
 * (principal and interest, as the agreement recorded them) and on which amounts due, from when a claim
 * may be filed (after the waiting period), whether that day has been observed, and whether it was cured.
 */
public record CoveredDefault(LocalDate defaultedOn, Money principal, Money interest, List<Integer> receivables,
                             LocalDate claimableFrom, boolean claimable, LocalDate curedOn) {

    public CoveredDefault {
        receivables = List.copyOf(receivables);
    }

    public Money loss() {
        return principal.plus(interest);
    }

    public boolean cured() {
        return curedOn != null;
    }

    CoveredDefault madeClaimable() {
        return new CoveredDefault(defaultedOn, principal, interest, receivables, claimableFrom, true, curedOn);
    }

    CoveredDefault cure(LocalDate on) {
        return new CoveredDefault(defaultedOn, principal, interest, receivables, claimableFrom, claimable, on);
    }
}

package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;

/**
 * A default of the guaranteed agreement while the guarantee was issued, as the agreement recorded it; cured on
 * {@code curedOn} (null while not); {@code indemnity} is what the insurer paid on it (zero until noted).
 */
public record NotedDefault(LocalDate defaultedOn, Money principal, Money interest, LocalDate curedOn, Money indemnity) {

    /** The loss of the default: what it left unpaid, principal plus interest. */
    public Money loss() {
        return principal.plus(interest);
    }

    public boolean cured() {
        return curedOn != null;
    }

    NotedDefault cure(LocalDate on) {
        return new NotedDefault(defaultedOn, principal, interest, on, indemnity);
    }

    NotedDefault indemnified(Money amount) {
        return new NotedDefault(defaultedOn, principal, interest, curedOn, amount);
    }
}

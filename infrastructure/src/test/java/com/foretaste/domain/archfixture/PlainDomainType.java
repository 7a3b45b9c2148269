package com.foretaste.domain.archfixture;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;

/** Keeps every rule: JDK and domain types only, and the date comes in from outside. */
public record PlainDomainType(Money price, LocalDate dueOn) {

    public boolean isDue(LocalDate today) {
        return !today.isBefore(dueOn);
    }
}

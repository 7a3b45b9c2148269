package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

import java.util.Objects;

/** One part of the licence fee, with when it falls due. */
public record Instalment(Money amount, DueRule due) {

    public Instalment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(due, "due");
    }
}

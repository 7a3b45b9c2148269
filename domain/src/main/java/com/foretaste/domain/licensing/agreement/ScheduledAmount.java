package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;

/**
 * An amount that became binding: fixed when the licence starts (the price's plan), when a royalty is
 * reported, or when a minimum royalty is topped up. {@code dueOn} is null for a revenue-conditional
 * instalment until first revenue or {@code backstopOn}.
 */
public record ScheduledAmount(int number, ReceivableKind kind, Money amount, LocalDate dueOn, LocalDate backstopOn) {

    Receivable toReceivable() {
        return Receivable.due(number, kind, amount, dueOn, backstopOn);
    }
}

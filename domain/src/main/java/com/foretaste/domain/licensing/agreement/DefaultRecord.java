package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;

/** When the agreement defaulted, and the overdue principal and interest at that moment. */
public record DefaultRecord(LocalDate on, Money principal, Money interest) {
}

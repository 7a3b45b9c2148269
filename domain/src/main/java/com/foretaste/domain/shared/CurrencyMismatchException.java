package com.foretaste.domain.shared;

import java.util.Currency;

/** Amounts of two currencies met in one calculation; an agreement has exactly one currency. */
public class CurrencyMismatchException extends InvalidValueException {

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("single-currency", "expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
    }
}

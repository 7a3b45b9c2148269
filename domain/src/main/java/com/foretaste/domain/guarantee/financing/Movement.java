package com.foretaste.domain.guarantee.financing;

/** What moved the obligor's outstanding guaranteed amount: the agreement event behind a {@code NoteOutstanding}. */
public enum Movement { SCHEDULE, AMOUNT_DUE, PAYMENT, EQUITY_SWAP, DEFAULT, CURE, OTHER }

package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What the licensee owes before (or without) a licence: the trial fee, charged when the trial starts
 * and due {@value #PAYMENT_DAYS} days later, owed whatever the licensee decides afterwards, with its late
 * interest, credit from paying ahead, and its default once recorded ({@code defaulted}, null until then).
 * A licence bought or converted takes the ledger over, so the trial fee is then owed under the licence.
 */
public record TrialAccount(Ledger ledger, DefaultRecord defaulted) {

    /** Days after the trial starts within which the trial fee is paid. */
    public static final int PAYMENT_DAYS = 30;

    public TrialAccount {
        Objects.requireNonNull(ledger, "ledger");
    }

    /** An account with nothing charged. */
    public static TrialAccount opened(Currency currency) {
        return new TrialAccount(new Ledger(List.of(), Money.zero(currency)), null);
    }

    /** The trial fee for a trial starting on {@code trialStart}: amount number 1, due {@value #PAYMENT_DAYS} days later. */
    static ScheduledAmount trialFee(Money fee, LocalDate trialStart) {
        return new ScheduledAmount(1, ReceivableKind.TRIAL_FEE, fee, trialStart.plusDays(PAYMENT_DAYS), null);
    }

    /** Whether something charged is not yet settled, so that payments are taken. */
    public boolean owesSomething() {
        return !ledger.fullySettled();
    }

    TrialAccount withLedger(Ledger newLedger) {
        return new TrialAccount(newLedger, defaulted);
    }

    TrialAccount defaultedOn(DefaultRecord record) {
        return new TrialAccount(ledger, record);
    }
}

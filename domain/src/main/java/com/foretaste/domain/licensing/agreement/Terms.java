package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.util.Currency;
import java.util.Objects;

/**
 * What the licensor offers: scope of use, the trial and what follows it, the price, and the credit
 * terms (daily late interest, grace period before default, cure period after default). Validity is
 * checked by {@link ProposalRules}, so that a refusal can name the field at fault.
 */
public record Terms(
        String fieldOfUse,
        String territory,
        Exclusivity exclusivity,
        Currency currency,
        int trialMonths,
        Money trialFee,
        int decisionWindowDays,
        NoDecisionOutcome onNoDecision,
        int licenceTermMonths,
        Price price,
        Rate lateInterestDailyRate,
        int gracePeriodDays,
        int curePeriodDays) {

    public static final int MAX_TRIAL_MONTHS = 36;
    public static final int DEFAULT_DECISION_WINDOW_DAYS = 30;
    public static final int DEFAULT_GRACE_PERIOD_DAYS = 30;
    public static final int DEFAULT_CURE_PERIOD_DAYS = 60;
    public static final NoDecisionOutcome DEFAULT_ON_NO_DECISION = NoDecisionOutcome.LAPSE;
    public static final Currency DEFAULT_CURRENCY = Money.CNY;

    public Terms {
        Objects.requireNonNull(exclusivity, "exclusivity");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(trialFee, "trialFee");
        Objects.requireNonNull(onNoDecision, "onNoDecision");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(lateInterestDailyRate, "lateInterestDailyRate");
    }
}

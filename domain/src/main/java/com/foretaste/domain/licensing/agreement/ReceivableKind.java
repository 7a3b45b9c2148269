package com.foretaste.domain.licensing.agreement;

/** What an amount due is for. */
public enum ReceivableKind {
    TRIAL_FEE,
    UPFRONT_FEE,
    INSTALMENT,
    ROYALTY,
    MINIMUM_ROYALTY_TOP_UP
}

package com.foretaste.domain.licensing.agreement;

/** The name of an agreement's state, as parties, dashboards and filters speak of it. */
public enum AgreementStatus {
    NONE,
    PROPOSED,
    WITHDRAWN,
    TRIAL
}

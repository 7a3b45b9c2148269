package com.foretaste.domain.licensing.agreement;

/** The name of an agreement's state, as parties, dashboards and filters speak of it. */
public enum AgreementStatus {
    NONE,
    PROPOSED,
    WITHDRAWN,
    TRIAL,
    DECISION_PENDING,
    RELEASED,
    LAPSED,
    LICENSED,
    DEFAULTED,
    TERMINATED,
    COMPLETED;

    public boolean isFinal() {
        return this == WITHDRAWN || this == RELEASED || this == LAPSED || this == TERMINATED || this == COMPLETED;
    }
}

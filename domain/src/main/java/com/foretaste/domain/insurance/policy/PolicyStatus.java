package com.foretaste.domain.insurance.policy;

/** The states of a policy (domain.md): quoted, active once the premium is paid, then expired, cancelled or lapsed. */
public enum PolicyStatus {
    NONE,
    QUOTED,
    ACTIVE,
    EXPIRED,
    CANCELLED,
    LAPSED
}

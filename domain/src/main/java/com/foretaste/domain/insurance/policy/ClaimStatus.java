package com.foretaste.domain.insurance.policy;

/** Where a claim stands (domain.md): filed, assessed, approved or rejected, paid, closed, or withdrawn on a cure. */
public enum ClaimStatus {
    FILED,
    ASSESSING,
    APPROVED,
    REJECTED,
    PAID,
    CLOSED,
    WITHDRAWN;

    /** Not yet decided, or approved and not yet paid: a cure withdraws it. */
    public boolean unpaid() {
        return this == FILED || this == ASSESSING || this == APPROVED;
    }
}

package com.foretaste.domain.guarantee.financing;

/** Where a financing guarantee stands, as dashboards and refusals name it. */
public enum GuaranteeStatus {
    NONE, REQUESTED, APPROVED, DECLINED, LAPSED, ISSUED, CALLED, HONOURED, RECOVERING, CLOSED, RELEASED, EXPIRED
}

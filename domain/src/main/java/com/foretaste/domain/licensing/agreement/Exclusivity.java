package com.foretaste.domain.licensing.agreement;

/** How exclusive the licence is: alone (EXCLUSIVE), beside the licensor (SOLE), or among others. */
public enum Exclusivity {
    EXCLUSIVE,
    SOLE,
    NON_EXCLUSIVE
}

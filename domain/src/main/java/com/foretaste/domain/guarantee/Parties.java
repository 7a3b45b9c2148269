package com.foretaste.domain.guarantee;

import java.util.Set;

/**
 * The codes by which a loss's bearers are named: the insurer, the guarantor, the licensor (or whoever
 * the guarantee's beneficiary is) and the risk-sharing partners of a programme under their own codes.
 */
public final class Parties {

    public static final String INSURER = "insurer";
    public static final String GUARANTOR = "guarantor";
    public static final String LICENSOR = "licensor";
    static final Set<String> RESERVED = Set.of(INSURER, GUARANTOR, LICENSOR);

    private Parties() {
    }
}

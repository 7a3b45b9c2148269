package com.foretaste.domain.guarantee.financing;

/** Whence a recovery came: the obligor's payment, the counter-guarantee's enforcement, or another source. */
public enum RecoverySource { OBLIGOR, COUNTER_GUARANTEE, OTHER }

package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;

/**
 * Net sales the licensee reported for a period, and the royalty on them (rate x net sales), which counts
 * towards the minimum of the licence year the period begins in, whatever part of it the report charged.
 */
public record RoyaltyReport(DateRange period, Money netSales, Money royalty) {
}

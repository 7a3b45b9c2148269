package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;

/** Net sales the licensee reported for a period, and the royalty that became due on them. */
public record RoyaltyReport(DateRange period, Money netSales, Money royalty) {
}

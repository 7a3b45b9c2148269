package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.util.Objects;

/** A financing guarantee as the waterfall sees it: its coverage ratio, its exposure at the default, its programme. */
public record GuaranteeCover(Rate ratio, Money exposure, RiskSharing sharing) {

    public GuaranteeCover {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(sharing, "sharing");
    }
}

package com.foretaste.domain.licensing.agreement;

/** What happens when the decision window closes without a decision: lapse, or convert to a licence. */
public enum NoDecisionOutcome {
    LAPSE,
    CONVERT
}

package com.foretaste.infrastructure.platform;

import java.time.LocalDate;

/** A party's command to an aggregate held since its end-of-day visit failed; answered 409 with the failure. */
public class AggregateHeldException extends RuntimeException {

    private final String failureId;

    AggregateHeldException(String aggregateId, String failureId, LocalDate businessDate) {
        super("The end of day for " + businessDate + " could not be applied to " + aggregateId + "; its changes wait"
                + " until the operator retries or resolves end-of-day failure " + failureId + ".", null, false, false);
        this.failureId = failureId;
    }

    public String failureId() {
        return failureId;
    }
}

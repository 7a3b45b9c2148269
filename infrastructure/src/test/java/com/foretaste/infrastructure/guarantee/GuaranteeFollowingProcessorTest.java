package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.guarantee.GuaranteeFollowingProcess;
import com.foretaste.infrastructure.support.AgreementEventSamples;
import org.junit.jupiter.api.Test;

/**
 * The guarantees' process manager takes exactly the agreement events its process acts on, so that its tracking
 * processor passes the others by their type instead of reading and handling each in a transaction of its own.
 */
class GuaranteeFollowingProcessorTest {

    @Test
    void takes_exactly_the_agreement_events_the_process_acts_on() {
        AgreementEventSamples.assertTakesExactly(new GuaranteeFollowingProcessor(null), GuaranteeFollowingProcess::concernsGuarantees);
    }
}

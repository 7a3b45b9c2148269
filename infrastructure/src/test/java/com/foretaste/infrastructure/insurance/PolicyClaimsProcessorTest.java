package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.PolicyClaimsProcess;
import com.foretaste.infrastructure.support.AgreementEventSamples;
import org.junit.jupiter.api.Test;

/**
 * The policies' process manager takes exactly the agreement events its process acts on, so that its tracking
 * processor passes the others by their type instead of reading and handling each in a transaction of its own.
 */
class PolicyClaimsProcessorTest {

    @Test
    void takes_exactly_the_agreement_events_the_process_acts_on() {
        AgreementEventSamples.assertTakesExactly(new PolicyClaimsProcessor(null), PolicyClaimsProcess::concernsPolicies);
    }
}

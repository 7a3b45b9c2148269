package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.PolicyClaimsProcess;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Feeds the process manager between agreements and policies from one tracking processor of its own: one
 * segment, so agreements' and policies' events arrive in the order they were stored; a failing event
 * stops the processor and is retried, never skipped. What it sends joins the transaction of the event's
 * handling, with the record that the event was handled. Never replayed: the facts it caused are events.
 */
@Component
@ProcessingGroup(PolicyClaimsProcess.NAME)
@DisallowReplay
class PolicyClaimsProcessor {

    private final PolicyClaimsProcess process;

    PolicyClaimsProcessor(PolicyClaimsProcess process) {
        this.process = process;
    }

    @EventHandler
    void on(AgreementEvent event, EventMessage<?> message) {
        if (PolicyClaimsProcess.concernsPolicies(event)) {
            process.on(event, message.getIdentifier());
        }
    }

    @EventHandler
    void on(PolicyEvent.PolicyQuoted event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }
}

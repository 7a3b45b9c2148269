package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.PolicyClaimsProcess;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementDefaulted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.CreditApplied;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
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

    // One handler for each agreement event the process acts on (PolicyClaimsProcess.concernsPolicies, held equal by
    // PolicyClaimsProcessorTest): the tracking processor passes every other agreement event by its type, without
    // reading its payload or handling it in a transaction of its own (docs/performance.md).

    @EventHandler
    void on(AgreementDefaulted event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }

    @EventHandler
    void on(DefaultCured event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }

    @EventHandler
    void on(PaymentRecorded event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }

    @EventHandler
    void on(CreditApplied event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }

    @EventHandler
    void on(PolicyEvent.PolicyQuoted event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }
}

package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.guarantee.GuaranteeFollowingProcess;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Feeds the process manager between agreements, policies and guarantees from one tracking processor of its own:
 * one segment, so their events arrive in the order they were stored; a failing event stops the processor and is
 * retried, never skipped. What it sends joins the transaction of the event's handling, with the record that the
 * event was handled. Never replayed: the facts it caused are events.
 */
@Component
@ProcessingGroup(GuaranteeFollowingProcess.NAME)
@DisallowReplay
class GuaranteeFollowingProcessor {

    private final GuaranteeFollowingProcess process;

    GuaranteeFollowingProcessor(GuaranteeFollowingProcess process) {
        this.process = process;
    }

    @EventHandler
    void on(AgreementEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        if (GuaranteeFollowingProcess.concernsGuarantees(event)) {
            process.on(event, message.getIdentifier(), sequence);
        }
    }

    @EventHandler
    void on(GuaranteeEvent.GuaranteeRequested event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }

    @EventHandler
    void on(PolicyEvent.ClaimPaid event, EventMessage<?> message) {
        process.on(event, message.getIdentifier());
    }
}

package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.guarantee.GuaranteeFollowingProcess;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementDefaulted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountFellDue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.CreditApplied;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapAgreed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceCompleted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceConverted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicencePurchased;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceYearClosed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
import com.foretaste.domain.licensing.agreement.AgreementEvent.RoyaltyReported;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFeeCharged;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFeeDefaulted;
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

    // One handler for each agreement event the process acts on (GuaranteeFollowingProcess.concernsGuarantees, held
    // equal by GuaranteeFollowingProcessorTest): the tracking processor passes every other agreement event by its
    // type, without reading its payload or handling it in a transaction of its own (docs/performance.md).

    @EventHandler
    void on(TrialFeeCharged event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(TrialFeeDefaulted event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(LicencePurchased event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(LicenceConverted event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(AmountFellDue event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(RoyaltyReported event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(LicenceYearClosed event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(PaymentRecorded event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(CreditApplied event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(EquitySwapAgreed event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(AgreementDefaulted event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(DefaultCured event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
    }

    @EventHandler
    void on(LicenceCompleted event, EventMessage<?> message, @SequenceNumber long sequence) {
        process.on(event, message.getIdentifier(), sequence);
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

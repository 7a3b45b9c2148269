package com.foretaste.infrastructure.platform;

import com.foretaste.application.platform.Instrument;
import com.foretaste.application.platform.Instruments;
import com.foretaste.application.platform.StreamRegistry;
import com.foretaste.domain.shared.RejectionKind;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.logging.DeniedAccess;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

import java.time.Clock;

/**
 * Runs inside every command's transaction, around its handler (docs/adr/0005):
 * <ul>
 *   <li>a command whose id already took effect is answered from its first run and not run again;</li>
 *   <li>a party's command waits while an end-of-day run closes days, and is refused for an aggregate
 *   held by a failed end-of-day visit;</li>
 *   <li>with the events, the stream registry learns the stream's parties, version and next attention;</li>
 *   <li>a command refused because the acting organisation is no party to the aggregate is logged as a
 *   denied attempt (never recorded as an event).</li>
 * </ul>
 */
class PlatformCommandInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ProcessedCommands processed;
    private final StreamRegistry registry;
    private final Instruments instruments;
    private final EndOfDayGate endOfDay;
    private final Clock clock;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    PlatformCommandInterceptor(ProcessedCommands processed, StreamRegistry registry, Instruments instruments,
                               EndOfDayGate endOfDay, Clock clock) {
        this.processed = processed;
        this.registry = registry;
        this.instruments = instruments;
        this.endOfDay = endOfDay;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object id = command.getMetaData().get(MetadataKeys.COMMAND_ID);
        String commandId = id == null ? command.getIdentifier() : id.toString();
        if (!processed.claim(commandId, command.getCommandName(), clock.instant())) {
            return processed.outcome(commandId).orElseThrow();
        }
        if (!"true".equals(command.getMetaData().get(MetadataKeys.DATE_DRIVEN))) {
            endOfDay.refuseWhileClosingOrHeld(targets.resolveTarget(command).getIdentifier());
        }
        Object result = proceedLoggingDenials(chain, command);
        if (result instanceof CommandOutcome outcome) {
            // after the events' own prepare-commit step, so a conflicting append fails first, as a conflict
            unitOfWork.onPrepareCommit(u -> record(commandId, outcome));
        }
        return result;
    }

    private Object proceedLoggingDenials(InterceptorChain chain, CommandMessage<?> command) throws Exception {
        try {
            return chain.proceed();
        } catch (CommandRejectedException e) {
            if (e.rejection().kind() == RejectionKind.NOT_A_PARTY) {
                DeniedAccess.log("not a party", command.getPayloadType().getSimpleName() + " to "
                        + targets.resolveTarget(command).getIdentifier(), e.rejection().rule());
            }
            throw e;
        }
    }

    private void record(String commandId, CommandOutcome outcome) {
        processed.complete(commandId, outcome);
        if (outcome.version() != null && outcome.state() != null) {
            Instrument<?, ?> instrument = instruments.byAggregateType(outcome.aggregateType()).orElseThrow(() ->
                    new IllegalStateException("no instrument registered for aggregate type " + outcome.aggregateType()));
            registry.record(entry(instrument, outcome));
        }
    }

    @SuppressWarnings("unchecked")
    static <S> StreamRegistry.Entry entry(Instrument<S, ?> instrument, CommandOutcome outcome) {
        S state = (S) outcome.state();
        return new StreamRegistry.Entry(outcome.aggregateId(), outcome.aggregateType(), instrument.parties(state),
                outcome.version(), instrument.nextAttention(state));
    }
}

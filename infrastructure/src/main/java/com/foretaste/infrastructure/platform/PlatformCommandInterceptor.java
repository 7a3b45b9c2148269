package com.foretaste.infrastructure.platform;

import com.foretaste.application.platform.Instrument;
import com.foretaste.application.platform.Instruments;
import com.foretaste.application.platform.StreamRegistry;
import com.foretaste.infrastructure.axon.MetadataKeys;
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
 *   <li>with the events, the stream registry learns the stream's parties, version and next attention.</li>
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
            endOfDay.refuseWhileClosing();
            endOfDay.refuseIfHeld(targets.resolveTarget(command).getIdentifier());
        }
        Object result = chain.proceed();
        if (result instanceof CommandOutcome outcome) {
            // after the events' own prepare-commit step, so a conflicting append fails first, as a conflict
            unitOfWork.onPrepareCommit(u -> record(commandId, outcome));
        }
        return result;
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

package com.foretaste.infrastructure.monitoring;

import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.platform.AggregateHeldException;
import com.foretaste.infrastructure.platform.CommandOutcome;
import com.foretaste.infrastructure.platform.EndOfDayRunningException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Times every command the bus handles, from its handler's start to the end of its unit of work, in the
 * timer {@value #NAME} tagged with the command (the domain command an instrument's envelope carries,
 * e.g. {@code RecordPayment}), the outcome and, for a rejection, the rule. Outcomes: {@code accepted}
 * (committed), {@code repeated} (a command id that took effect before, answered from its record),
 * {@code rejected} (a business rule, a held aggregate, a closing day, an unknown aggregate: the caller
 * can act on it), {@code conflict} (another writer appended to the stream first) and {@code failed}
 * (anything else: a fault to look into). The outcome is read when the unit of work commits or rolls
 * back, so a conflict found at the append, after the handler returned, counts as a conflict. Tags
 * carry names only, never ids, so the number of series stays bounded by the code.
 */
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String NAME = "foretaste.commands";
    static final String NO_RULE = "none";

    /** Per payload type, once: the accessor of a record's {@code command} component, or null. */
    private static final ClassValue<Method> ENVELOPED = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals("command"))
                    .map(RecordComponent::getAccessor).findFirst().orElse(null);
        }
    };

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String command = commandName(unitOfWork.getMessage().getPayload());
        unitOfWork.afterCommit(u -> stop(sample, command, committed(u.getExecutionResult().getResult())));
        unitOfWork.onRollback(u -> {
            Throwable cause = u.getExecutionResult().getExceptionResult();
            stop(sample, command, failed(cause));
        });
        return chain.proceed();
    }

    private void stop(Timer.Sample sample, String command, Outcome outcome) {
        sample.stop(Timer.builder(NAME).description("Commands handled, by command, outcome and rule broken")
                .tag("command", command).tag("outcome", outcome.name()).tag("rule", outcome.rule())
                .register(registry));
    }

    private static Outcome committed(ResultMessage<?> result) {
        boolean repeated = result != null && !result.isExceptional() && result.getPayload() instanceof CommandOutcome o
                && o.repeated();
        return new Outcome(repeated ? "repeated" : "accepted", NO_RULE);
    }

    static Outcome failed(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            switch (t) {
                case CommandRejectedException rejected -> {
                    return new Outcome("rejected", rejected.rejection().rule());
                }
                case AggregateHeldException held -> {
                    return new Outcome("rejected", "held-by-end-of-day");
                }
                case EndOfDayRunningException running -> {
                    return new Outcome("rejected", "end-of-day-running");
                }
                case AggregateNotFoundException notFound -> {
                    return new Outcome("rejected", "not-found");
                }
                case ConcurrencyException conflict -> {
                    return new Outcome("conflict", NO_RULE);
                }
                case AggregateStreamCreationException conflict -> {
                    return new Outcome("conflict", NO_RULE);
                }
                default -> {
                }
            }
        }
        return new Outcome("failed", NO_RULE);
    }

    /** The domain command an instrument's envelope ({@code Execute…Command(id, command)}) carries, or the payload's own type. */
    static String commandName(Object payload) {
        Method carried = ENVELOPED.get(payload.getClass());
        if (carried != null) {
            try {
                Object inner = carried.invoke(payload);
                if (inner != null) {
                    return inner.getClass().getSimpleName();
                }
            } catch (ReflectiveOperationException e) {
                return payload.getClass().getSimpleName();
            }
        }
        return payload.getClass().getSimpleName();
    }

    record Outcome(String name, String rule) {
    }
}

package com.foretaste.infrastructure.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;


/**
 * A read model's event that failed every attempt is parked, and stays parked until it is handled: no letter is
 * ever evicted unhandled, whatever the number of failed retries. Each letter counts its failed attempts in its
 * diagnostics ({@value #ATTEMPTS}). A failure inside a batch is not parked but sent back to the processor, which
 * retries the batch with the event isolated ({@link IsolatedRetries}).
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    /** Room for the message in {@code dead_letter_entry.cause_message}. */
    private static final int MESSAGE_LENGTH = 1_000;

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter,
                                                   Throwable cause) {
        if (cause instanceof IsolatedRetries.RetryInIsolation retry) {
            throw retry;
        }
        int failed = cause instanceof IsolatedRetries.AttemptsExhausted exhausted ? exhausted.attempts() : 1;
        Throwable reason = cause instanceof IsolatedRetries.AttemptsExhausted && cause.getCause() != null
                ? cause.getCause() : cause;
        long before = attempts(letter.diagnostics());
        return Decisions.requeue(ThrowableCause.truncated(reason, MESSAGE_LENGTH),
                parked -> parked.diagnostics().and(ATTEMPTS, before + failed));
    }

    static long attempts(MetaData diagnostics) {
        return diagnostics.get(ATTEMPTS) instanceof Number n ? n.longValue() : 0L;
    }
}

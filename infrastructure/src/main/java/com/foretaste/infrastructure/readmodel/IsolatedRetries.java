package com.foretaste.infrastructure.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * How a read model's handler fails an event before the event is parked, for the processors with a dead-letter queue.
 * <p>
 * A processor handles a batch of events in one transaction, without savepoints (they would cost two round trips
 * per event). When a handler fails, the transaction may hold part of the event's writes, or be aborted (PostgreSQL
 * refuses every statement after an error), so the event cannot be parked in it. The event is then marked as
 * suspect on this node and the batch rolled back ({@link RetryInIsolation}); the processor retries the batch
 * after its own back-off (1 s, doubling), and this time the suspect event runs alone inside a savepoint, up to
 * {@code attempts} times with a doubling {@code backoff} in between, each failure rolled back to the savepoint.
 * If the last attempt fails too, {@link AttemptsExhausted} reaches the {@link ParkingPolicy}, which parks the event
 * in the same, clean transaction as the rest of the batch.
 * <p>
 * Outside a batch (an operator's retry of a parked event) the handler runs once, inside a savepoint, so that a
 * failure leaves the transaction able to requeue the letter.
 */
final class IsolatedRetries implements HandlerEnhancerDefinition {

    /** The processor must roll its batch back and come again: the failing event will then run in isolation. */
    static final class RetryInIsolation extends RuntimeException {
        RetryInIsolation(Throwable cause) {
            super("event handling failed inside a batch; the batch is retried with the event isolated", cause);
        }
    }

    /** Every isolated attempt failed: the event is to be parked. */
    static final class AttemptsExhausted extends RuntimeException {
        private final int attempts;

        AttemptsExhausted(int attempts, Throwable cause) {
            super("event handling failed " + attempts + " times", cause);
            this.attempts = attempts;
        }

        int attempts() {
            return attempts;
        }
    }

    private static final int MAX_SUSPECTS = 10_000;

    private final Predicate<String> deadLettered;
    private final TransactionTemplate savepoint;
    private final int attempts;
    private final Duration backoff;
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();

    IsolatedRetries(Predicate<String> deadLettered, PlatformTransactionManager transactions, int attempts, Duration backoff) {
        this.deadLettered = deadLettered;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(), ProcessingGroup.class);
        if (group == null || !original.canHandleMessageType(EventMessage.class) || !deadLettered.test(group.value())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                return handleIsolating(message, m -> super.handle(m, target));
            }
        };
    }

    private interface Handling {
        Object handle(Message<?> message) throws Exception;
    }

    private Object handleIsolating(Message<?> message, Handling handling) throws Exception {
        boolean inBatch = CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?>;
        if (!inBatch) {
            return inSavepoint(message, handling);
        }
        if (!suspects.remove(message.getIdentifier())) {
            try {
                return handling.handle(message);
            } catch (Exception e) {
                if (suspects.size() >= MAX_SUSPECTS) {
                    suspects.clear();
                }
                suspects.add(message.getIdentifier());
                throw new RetryInIsolation(e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return inSavepoint(message, handling);
            } catch (Exception e) {
                if (attempt >= attempts) {
                    throw new AttemptsExhausted(attempt + 1, e);
                }
                pause(backoff.multipliedBy(1L << (attempt - 1)));
            }
        }
    }

    /** Runs the handler inside a savepoint of the current transaction; a failure rolls back to it and is rethrown. */
    private Object inSavepoint(Message<?> message, Handling handling) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return handling.handle(message);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CheckedFailure(e);
                }
            });
        } catch (CheckedFailure e) {
            throw (Exception) e.getCause();
        }
    }

    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between attempts", e);
        }
    }
}

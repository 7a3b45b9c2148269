package com.foretaste.infrastructure.readmodel;

import com.foretaste.infrastructure.web.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events parked by each read-model processor, and their retry: each retry handles the parked sequences
 * (aggregates) one after another, each from its oldest letter; a sequence whose letter fails again stays parked
 * with one more attempt counted, and so do the letters behind it.
 */
@Component
public class DeadLetters {

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The processors that park events, with how many each holds. */
    public Map<String, Long> parkedByProcessor() {
        Map<String, Long> parked = new TreeMap<>();
        processing.eventProcessors().keySet()
                .forEach(name -> processing.deadLetterQueue(name).ifPresent(queue -> parked.put(name, queue.size())));
        return parked;
    }

    public List<ParkedEvent> parked(String processor) {
        List<ParkedEvent> parked = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(processor).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                parked.add(view(letter));
            }
        }
        return parked;
    }

    /** Retries every sequence parked when asked, once each. */
    public RetryOutcome retry(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> unknown(processor));
        long sequences = queue.amountOfSequences();
        int handled = 0;
        for (long i = 0; i < sequences; i++) {
            if (letters.processAny()) {
                handled++;
            }
        }
        return new RetryOutcome(processor, (int) sequences, handled, queue.size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return processing.deadLetterQueue(processor).orElseThrow(() -> unknown(processor));
    }

    private static NotFoundException unknown(String processor) {
        return new NotFoundException("No read-model processor " + processor + " parks events.");
    }

    private static ParkedEvent view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        return new ParkedEvent(event.getIdentifier(), event.getPayloadType().getSimpleName(), aggregate, sequence,
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), ParkingPolicy.attempts(letter.diagnostics()));
    }
}

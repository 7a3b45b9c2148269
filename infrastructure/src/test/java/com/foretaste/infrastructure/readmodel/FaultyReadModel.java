package com.foretaste.infrastructure.readmodel;

import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handler added to the real {@code agreement-summary} processor for a test: while faulty, it cannot handle the
 * proposal of an agreement to {@code poisonedLicensee}, as a projector with a bug would. It counts its calls per event.
 */
@ProcessingGroup("agreement-summary")
public class FaultyReadModel {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile String poisonedLicensee;

    public void poison(String licensee) {
        poisonedLicensee = licensee;
    }

    public void heal() {
        poisonedLicensee = null;
    }

    public int calls(String eventId) {
        AtomicInteger count = calls.get(eventId);
        return count == null ? 0 : count.get();
    }

    @EventHandler
    void on(AgreementEvent event, EventMessage<?> message) {
        calls.computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
        if (event instanceof AgreementProposed proposed && proposed.licensee().value().toString().equals(poisonedLicensee)) {
            throw new IllegalStateException("cannot handle the proposal of " + proposed.agreementId().value());
        }
    }
}

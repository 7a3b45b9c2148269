package com.foretaste.infrastructure.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The heads of streams (last sequence number and its chained hash) read earlier in the current
 * transaction, so that a later step of the same transaction need not read them again: a command that
 * checked its cached aggregate against the head appends its first event after that head. Events are
 * never changed, so a head once read stays true; if another writer appended since, the append meets
 * the stream's unique key and fails as it would have anyway. Outside a transaction nothing is kept.
 */
public final class KnownStreamHeads {

    private static final Object RESOURCE = KnownStreamHeads.class;

    private KnownStreamHeads() {
    }

    static void remember(String aggregateId, long sequenceNumber, byte[] hash) {
        if (hash == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        heads().put(aggregateId, new Head(sequenceNumber, hash));
    }

    /** The hash of the event at {@code sequenceNumber} of the stream, if this transaction read it as its head. */
    public static Optional<byte[]> hashAt(String aggregateId, long sequenceNumber) {
        if (!(TransactionSynchronizationManager.getResource(RESOURCE) instanceof Map<?, ?> heads)
                || !(heads.get(aggregateId) instanceof Head head) || head.sequenceNumber() != sequenceNumber) {
            return Optional.empty();
        }
        return Optional.of(head.hash().clone());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Head> heads() {
        Object bound = TransactionSynchronizationManager.getResource(RESOURCE);
        if (bound != null) {
            return (Map<String, Head>) bound;
        }
        Map<String, Head> heads = new HashMap<>();
        TransactionSynchronizationManager.bindResource(RESOURCE, heads);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
            }
        });
        return heads;
    }

    private record Head(long sequenceNumber, byte[] hash) {
    }
}

package com.foretaste.infrastructure.platform;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one read-model table that a transaction reads and changes, kept in memory and written
 * once, in two JDBC batches (the new rows inserted, the known ones updated), just before the
 * transaction commits. An event processor handles a batch of events in one transaction: an agreement
 * touched by twenty events of the batch is then read once and written once instead of twenty times,
 * and every row of the batch goes to the database in a few round trips.
 * <p>
 * Rules that keep this correct:
 * <ul>
 * <li>Only the transaction sees its own changes until it commits, as with plain writes; a rollback
 * (a failing event, which the processor retries) discards them with the transaction.</li>
 * <li>A row is written by one transaction at a time: read models are fed by one processor whose
 * sequencing policy keeps every event of an aggregate in one segment, so whether the row existed
 * when it was first read in the transaction still holds at commit.</li>
 * <li>Outside a transaction (no synchronization active) every call goes straight to the table.</li>
 * </ul>
 * Tables that must be written in a given order say so with {@code order}: lower goes first.
 */
public final class WriteBehind<K, V> {

    /** The table's own statements; each takes many rows, to be sent as one JDBC batch. */
    public interface Rows<K, V> {

        /** The rows that exist among {@code keys}, by key. */
        Map<K, V> load(Collection<K> keys);

        void insert(List<V> rows);

        /** Updates the rows; answers how many rows each update changed, in order. */
        int[] update(List<V> rows);
    }

    private final int order;
    private final Rows<K, V> rows;

    public WriteBehind(int order, Rows<K, V> rows) {
        this.order = order;
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    public Optional<V> find(K key) {
        Buffer buffer = buffer();
        if (buffer == null) {
            return Optional.ofNullable(rows.load(List.of(key)).get(key));
        }
        if (!buffer.entries.containsKey(key)) {
            prefetch(buffer, List.of(key));
        }
        return Optional.ofNullable(buffer.entries.get(key).value);
    }

    /** Reads the rows of these keys in one query, so that the transaction's later reads of them ask nothing. */
    public void prefetch(Collection<K> keys) {
        Buffer buffer = buffer();
        if (buffer != null) {
            prefetch(buffer, keys.stream().filter(k -> !buffer.entries.containsKey(k)).distinct().toList());
        }
    }

    public void save(K key, V value) {
        Buffer buffer = buffer();
        if (buffer == null) {
            if (rows.update(List.of(value))[0] == 0) {
                rows.insert(List.of(value));
            }
            return;
        }
        if (!buffer.entries.containsKey(key)) {
            prefetch(buffer, List.of(key));
        }
        Entry<V> entry = buffer.entries.get(key);
        entry.value = value;
        entry.dirty = true;
    }

    private void prefetch(Buffer buffer, List<K> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Map<K, V> found = rows.load(keys);
        for (K key : keys) {
            V value = found.get(key);
            buffer.entries.put(key, new Entry<>(value, value != null));
        }
    }

    /** The current transaction's rows, registered with it at first use; null outside a transaction. */
    @SuppressWarnings("unchecked")
    private Buffer buffer() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Buffer buffer = (Buffer) TransactionSynchronizationManager.getResource(this);
        if (buffer == null) {
            buffer = new Buffer();
            TransactionSynchronizationManager.bindResource(this, buffer);
            TransactionSynchronizationManager.registerSynchronization(buffer);
        }
        return buffer;
    }

    private static final class Entry<V> {
        private V value;
        private final boolean existed;
        private boolean dirty;

        Entry(V value, boolean existed) {
            this.value = value;
            this.existed = existed;
        }
    }

    private final class Buffer implements TransactionSynchronization, Ordered {
        private final Map<K, Entry<V>> entries = new LinkedHashMap<>();

        @Override
        public int getOrder() {
            return order;
        }

        /** Writes the changed rows before the commit, in the transaction: a failure here rolls it back. */
        @Override
        public void beforeCommit(boolean readOnly) {
            List<V> inserts = new ArrayList<>();
            List<V> updates = new ArrayList<>();
            for (Entry<V> entry : entries.values()) {
                if (entry.dirty) {
                    (entry.existed ? updates : inserts).add(entry.value);
                }
            }
            if (!updates.isEmpty()) {
                int[] changed = rows.update(updates);
                for (int i = 0; i < changed.length; i++) {
                    // a row read in this transaction that is gone at its end: someone else wrote the table
                    if (changed[i] == 0) {
                        throw new IllegalStateException("a read-model row changed under its writer: " + updates.get(i));
                    }
                }
            }
            if (!inserts.isEmpty()) {
                rows.insert(inserts);
            }
            entries.clear();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(WriteBehind.this);
        }
    }
}

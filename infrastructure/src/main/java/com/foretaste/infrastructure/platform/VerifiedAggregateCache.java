package com.foretaste.infrastructure.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Objects;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps aggregates in memory between commands so that a command does not read its stream, and is
 * safe with several nodes writing one store and with writes whose transaction ends after Axon's
 * unit of work (an HTTP write commits only when its answer is ready, docs/adr/0005):
 * <ul>
 *   <li>An aggregate enters the cache only once the transaction that recorded its events committed.</li>
 *   <li>A command takes its aggregate out of the cache while it works on it, so no other command on
 *   this node ever sees events that are not committed; another command meanwhile loads from the store
 *   (and waits on the stream's unique key if both append).</li>
 *   <li>Before it is used, a cached aggregate's version is compared with the head of its stream in the
 *   store (one indexed read): if another node appended since, it is dropped and loaded afresh. Since a
 *   stream's events are never changed or removed, equal versions mean equal histories. The head's hash
 *   is kept for the append of the same transaction ({@link KnownStreamHeads}).</li>
 * </ul>
 * Anything else Axon asks of a cache behaves as a plain bounded map.
 */
public final class VerifiedAggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;
    private final JdbcTemplate jdbc;

    public VerifiedAggregateCache(JdbcTemplate jdbc, long maximumEntries) {
        this.jdbc = jdbc;
        this.entries = Caffeine.newBuilder().maximumSize(maximumEntries).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.remove(key);
        if (value instanceof AggregateCacheEntry<?> entry && !isHead(key, entry)) {
            return null;
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        afterCommit(() -> entries.put(key, value));
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        afterCommit(() -> entries.putIfAbsent(key, value));
        return true;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("aggregate caches report no entry events");
    }

    /** Whether the stream's head is the cached version; the head read is kept for the append that follows. */
    private boolean isHead(Object key, AggregateCacheEntry<?> entry) {
        // In memory the entry holds the live aggregate, which recreateAggregate hands back as it is.
        Long cached = entry.recreateAggregate(null, null, null, null).version();
        String aggregateId = key.toString();
        return jdbc.query("SELECT sequence_number, event_hash FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number DESC LIMIT 1", rs -> {
            if (!rs.next() || !Objects.equals(cached, rs.getLong(1))) {
                return false;
            }
            KnownStreamHeads.remember(aggregateId, rs.getLong(1), rs.getBytes(2));
            return true;
        }, aggregateId);
    }

    /** Outside a transaction nothing is cached: there is no commit to wait for. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}

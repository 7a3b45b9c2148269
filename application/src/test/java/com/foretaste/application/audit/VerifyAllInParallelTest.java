package com.foretaste.application.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full verification hashes streams in parallel, yet answers as a walk in aggregate id order would:
 * the first broken stream in that order, whichever finishes first, and the events of the streams before it.
 */
class VerifyAllInParallelTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void an_untouched_store_verifies_with_every_stream_and_event_counted() {
        InMemoryStore store = new InMemoryStore();
        for (int s = 0; s < 20; s++) {
            store.chain(String.format("stream-%02d", s), 1 + s % 7);
        }

        Audit.Verification v = new Audit(store, pool).verifyAll();

        assertThat(v.verified()).isTrue();
        assertThat(v.streams()).isEqualTo(20);
        assertThat(v.events()).isEqualTo(store.eventCount());
        assertThat(v.firstBroken()).isNull();
    }

    @Test
    void the_first_broken_link_in_stream_order_is_named_when_several_streams_are_broken() {
        InMemoryStore store = new InMemoryStore();
        for (int s = 0; s < 30; s++) {
            // long streams first, so the later (shorter) ones finish hashing before them
            store.chain(String.format("stream-%02d", s), s < 10 ? 400 : 3);
        }
        store.alter("stream-25", 1);
        store.alter("stream-07", 250);
        store.alter("stream-07", 300);
        store.remove("stream-12", 1);

        Audit.Verification v = new Audit(store, pool).verifyAll();

        assertThat(v.verified()).isFalse();
        assertThat(v.streams()).isEqualTo(30);
        assertThat(v.firstBroken().aggregateId()).isEqualTo("stream-07");
        assertThat(v.firstBroken().sequence()).isEqualTo(250);
        assertThat(v.firstBroken().problem()).contains("event 250 was altered");
        assertThat(v.events()).as("the events of stream-00 to stream-06").isEqualTo(7 * 400);
        assertThat(v).isEqualTo(walkedOneByOne(store));
    }

    @Test
    void a_missing_event_is_named_as_a_walk_would_name_it() {
        InMemoryStore store = new InMemoryStore();
        for (int s = 0; s < 8; s++) {
            store.chain("stream-" + s, 5);
        }
        store.remove("stream-3", 2);

        Audit.Verification v = new Audit(store, pool).verifyAll();

        assertThat(v.firstBroken().aggregateId()).isEqualTo("stream-3");
        assertThat(v.firstBroken().sequence()).isEqualTo(2);
        assertThat(v).isEqualTo(walkedOneByOne(store));
    }

    /** What verification answered before it went parallel: stream by stream, stopping at the first broken one. */
    private static Audit.Verification walkedOneByOne(InMemoryStore store) {
        long events = 0;
        List<String> streams = store.streams();
        for (String id : streams) {
            ChainVerifier.Result result = ChainVerifier.verify(id, store.stream(id));
            if (result.broken().isPresent()) {
                return new Audit.Verification(false, streams.size(), events, null, false, result.brokenLink());
            }
            events += result.events();
        }
        return new Audit.Verification(true, streams.size(), events, null, false, null);
    }

    private static final class InMemoryStore implements AuditStore {
        private final Map<String, List<StoredEvent>> streams = new TreeMap<>();
        private long globalIndex;

        void chain(String id, int length) {
            List<StoredEvent> events = new ArrayList<>();
            byte[] previous = EventHash.GENESIS;
            for (int i = 0; i < length; i++) {
                StoredEvent unhashed = event(id, i, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), null);
                byte[] hash = EventHash.expected(unhashed, previous);
                events.add(event(id, i, unhashed.payload(), hash));
                previous = hash;
            }
            streams.put(id, events);
        }

        private StoredEvent event(String id, long sequence, byte[] payload, byte[] hash) {
            return new StoredEvent(++globalIndex, id + "-" + sequence, id, sequence, "Test", "2026-03-02T10:00:00Z",
                    "com.example.Happened", null, payload, null, hash);
        }

        void alter(String id, int sequence) {
            List<StoredEvent> events = streams.get(id);
            StoredEvent e = events.get(sequence);
            events.set(sequence, new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateId(), e.sequence(),
                    e.aggregateType(), e.timestamp(), e.payloadType(), e.payloadRevision(),
                    "{\"n\":-1}".getBytes(StandardCharsets.UTF_8), e.metadata(), e.hash()));
        }

        void remove(String id, int sequence) {
            streams.get(id).remove(sequence);
        }

        long eventCount() {
            return streams.values().stream().mapToLong(List::size).sum();
        }

        @Override
        public List<StoredEvent> stream(String aggregateId) {
            return List.copyOf(streams.getOrDefault(aggregateId, List.of()));
        }

        @Override
        public List<String> streams() {
            return List.copyOf(streams.keySet());
        }

        @Override
        public void eachStream(Consumer<List<StoredEvent>> each) {
            streams.values().forEach(events -> each.accept(List.copyOf(events)));
        }

        @Override
        public List<StreamHead> headsUpTo(long globalIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long lastGlobalIndex() {
            return globalIndex;
        }

        @Override
        public List<StoredEvent> appendedBetween(long after, long upTo) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StoredEvent> streamAfter(String aggregateId, long sequence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Long> streamsAheadOf(long digestId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long eventCountUpTo(long globalIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Digest save(Digest digest) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Digest> digest(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Digest> latestDigest() {
            return Optional.empty();
        }
    }
}

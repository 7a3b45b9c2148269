package com.foretaste.application.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * The auditor's use cases over the store: verify one stream, take a digest of everything (only of
 * a store whose chains verify), and verify everything a digest covers, naming the first broken link.
 */
public final class Audit {

    /**
     * The outcome. {@code anchored} says whether the check was tied to a root the auditor kept; an
     * unanchored digest check proves only that the store agrees with the digest the service holds.
     */
    public record Verification(boolean verified, long streams, long events, Long digestId, boolean anchored,
                               BrokenLink firstBroken) {
    }

    /** Events read but not yet hashed, at most: the reader waits for the hashing beyond this. */
    private static final int EVENTS_IN_FLIGHT = 50_000;

    private final AuditStore store;
    private final Executor hashing;

    /** Hashes on the common fork-join pool, beside the thread that reads the store. */
    public Audit(AuditStore store) {
        this(store, ForkJoinPool.commonPool());
    }

    public Audit(AuditStore store, Executor hashing) {
        this.store = store;
        this.hashing = hashing;
    }

    public Verification verifyStream(String aggregateId) {
        ChainVerifier.Result result = ChainVerifier.verify(aggregateId, store.stream(aggregateId));
        return new Verification(result.broken().isEmpty(), 1, result.events(), null, false, result.brokenLink());
    }

    /**
     * Every stream's chain. The store is read in one ordered pass while the streams read so far are
     * hashed on other threads: each stream is a chain of its own, so they can be checked in any order.
     * The answer is the one a walk in aggregate id order gives: the first broken stream in that order
     * (its first broken link), and the events of the streams before it.
     */
    public Verification verifyAll() {
        List<CompletableFuture<ChainVerifier.Result>> results = new ArrayList<>();
        Semaphore inFlight = new Semaphore(EVENTS_IN_FLIGHT);
        store.eachStream(events -> {
            int permits = Math.min(events.size(), EVENTS_IN_FLIGHT);
            inFlight.acquireUninterruptibly(permits);
            String id = events.get(0).aggregateId();
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return ChainVerifier.verify(id, events);
                } finally {
                    inFlight.release(permits);
                }
            }, hashing));
        });
        long events = 0;
        for (CompletableFuture<ChainVerifier.Result> future : results) {
            ChainVerifier.Result result = future.join();
            if (result.broken().isPresent()) {
                return new Verification(false, results.size(), events, null, false, result.brokenLink());
            }
            events += result.events();
        }
        return new Verification(true, results.size(), events, null, false, null);
    }

    /**
     * Takes a digest of the store now; refused (with the broken link) when a chain does not verify.
     * The first digest verifies the whole store; each later one verifies only what was appended since
     * the previous digest (which was verified when taken), continuing each stream from its head there.
     * Full verification stays available on demand ({@link #verifyAll}).
     */
    public Digest takeDigest(Instant now, String reason) {
        return store.latestDigest().map(previous -> incremental(previous, now, reason)).orElseGet(() -> full(now, reason));
    }

    private Digest full(Instant now, String reason) {
        Verification check = verifyAll();
        if (!check.verified()) {
            throw new BrokenStoreException(check.firstBroken());
        }
        long covered = store.lastGlobalIndex();
        List<StreamHead> heads = store.headsUpTo(covered).stream()
                .sorted(Comparator.comparing(StreamHead::aggregateId)).toList();
        return store.save(new Digest(0, now, covered, store.eventCountUpTo(covered), heads, Digest.rootOf(heads), reason));
    }

    private Digest incremental(Digest previous, Instant now, String reason) {
        long covered = store.lastGlobalIndex();
        Map<String, StreamHead> heads = new TreeMap<>();
        previous.heads().forEach(h -> heads.put(h.aggregateId(), h));
        Map<String, List<StoredEvent>> appended = store.appendedBetween(previous.coveredGlobalIndex(), covered).stream()
                .collect(Collectors.groupingBy(StoredEvent::aggregateId, TreeMap::new, Collectors.toList()));
        Map<String, Long> registered = store.streamsAheadOf(previous.id());
        Set<String> changed = new TreeSet<>(appended.keySet());
        changed.addAll(registered.keySet());
        long verified = 0;
        for (String id : changed) {
            StreamHead from = heads.get(id);
            long next = from == null ? 0 : from.sequence() + 1;
            List<StoredEvent> events = appended.getOrDefault(id, List.of());
            if (events.isEmpty() || events.get(0).sequence() != next) {
                // an event that committed after the previous digest with a lower position: read the stream on from its head
                events = store.streamAfter(id, next - 1);
            }
            ChainVerifier.Result result = ChainVerifier.continueFrom(id, from, events);
            if (result.broken().isPresent()) {
                throw new BrokenStoreException(result.brokenLink());
            }
            long reached = events.isEmpty() ? next - 1 : events.get(events.size() - 1).sequence();
            if (registered.containsKey(id) && reached < registered.get(id)) {
                // the write side registered this version with the events it appended: they are gone
                throw new BrokenStoreException(new BrokenLink(id, reached + 1, null, "the stream ends at event " + reached
                        + " but its events up to " + registered.get(id) + " were recorded: events were removed"));
            }
            if (!events.isEmpty()) {
                heads.put(id, new StreamHead(id, reached, result.headHash()));
                verified += events.size();
            }
        }
        List<StreamHead> all = List.copyOf(heads.values());
        return store.save(new Digest(0, now, covered, previous.eventCount() + verified, all, Digest.rootOf(all), reason));
    }

    /**
     * Verifies everything the digest covers. {@code keptRoot}, when given, is the root the auditor
     * kept: the digest held here must still have it, or the digest itself was rewritten.
     */
    public Optional<Verification> verifyDigest(long digestId, byte[] keptRoot) {
        return store.digest(digestId).map(digest -> {
            byte[] recomputed = Digest.rootOf(digest.heads());
            if (!Arrays.equals(recomputed, digest.root()) || keptRoot != null && !Arrays.equals(keptRoot, digest.root())) {
                return new Verification(false, 0, 0, digestId, keptRoot != null, new BrokenLink(null, 0, null,
                        "the digest held by the service does not have the root you kept"));
            }
            long events = 0;
            for (StreamHead head : digest.heads()) {
                ChainVerifier.Result result = ChainVerifier.verifyAgainst(head, store.stream(head.aggregateId()));
                if (result.broken().isPresent()) {
                    return new Verification(false, digest.heads().size(), events, digestId, keptRoot != null, result.brokenLink());
                }
                events += result.events();
            }
            return new Verification(true, digest.heads().size(), events, digestId, keptRoot != null, null);
        });
    }

    /** Refused: a digest must not bless a store whose chains are broken. */
    public static final class BrokenStoreException extends RuntimeException {
        private final transient BrokenLink link;

        BrokenStoreException(BrokenLink link) {
            super("the store does not verify: " + link.problem(), null, false, false);
            this.link = link;
        }

        public BrokenLink link() {
            return link;
        }
    }
}

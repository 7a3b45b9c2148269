package com.foretaste.application.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Walks one stream in sequence order and recomputes its hash chain from the stored bytes. The first
 * event whose sequence is out of place, whose hash is missing, or whose stored hash differs from the
 * one its content and predecessor give, is the first broken link. Against a digest's head, the
 * stream must also reach the head's position with the head's hash.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** The hash of the stream's last event as recomputed, or the first broken link. */
    public static Result verify(String aggregateId, List<StoredEvent> events) {
        return continueFrom(aggregateId, null, events);
    }

    /**
     * Verifies events appended after {@code head} (a head already verified, null for the stream's
     * start): they must go on from the head's position and chain to its hash.
     */
    public static Result continueFrom(String aggregateId, StreamHead head, List<StoredEvent> events) {
        byte[] previous = head == null ? EventHash.GENESIS : head.hash();
        long first = head == null ? 0 : head.sequence() + 1;
        for (int n = 0; n < events.size(); n++) {
            StoredEvent e = events.get(n);
            long i = first + n;
            if (e.sequence() != i) {
                return Result.broken(new BrokenLink(aggregateId, i, e.globalIndex(), "event " + i + " is missing: the"
                        + " stream goes on with sequence " + e.sequence() + " (removed or reordered)"));
            }
            if (e.hash() == null) {
                return Result.broken(new BrokenLink(aggregateId, i, e.globalIndex(), "event " + i + " has no stored hash"));
            }
            byte[] expected = EventHash.expected(e, previous);
            if (!Arrays.equals(expected, e.hash())) {
                return Result.broken(new BrokenLink(aggregateId, i, e.globalIndex(), "event " + i
                        + " was altered: its stored bytes do not give its hash, or its predecessor changed"));
            }
            previous = expected;
        }
        return new Result(previous, events.size(), null);
    }

    /** Verifies the stream up to a digest's head of it. */
    public static Result verifyAgainst(StreamHead head, List<StoredEvent> events) {
        List<StoredEvent> covered = events.stream().filter(e -> e.sequence() <= head.sequence()).toList();
        if (covered.isEmpty()) {
            return Result.broken(new BrokenLink(head.aggregateId(), 0, null,
                    "the stream is missing: the digest covers its events 0 to " + head.sequence()));
        }
        Result chain = verify(head.aggregateId(), covered);
        if (chain.broken().isPresent()) {
            return chain;
        }
        long last = covered.get(covered.size() - 1).sequence();
        if (last < head.sequence()) {
            return Result.broken(new BrokenLink(head.aggregateId(), last + 1, null, "the stream was truncated: it ends"
                    + " at event " + last + " but the digest covers it up to event " + head.sequence()));
        }
        if (!Arrays.equals(chain.headHash(), head.hash())) {
            return Result.broken(new BrokenLink(head.aggregateId(), head.sequence(),
                    covered.get(covered.size() - 1).globalIndex(), "event " + head.sequence()
                    + " differs from the digest: the stream's history was rewritten"));
        }
        return chain;
    }

    public record Result(byte[] headHash, long events, BrokenLink brokenLink) {

        static Result broken(BrokenLink link) {
            return new Result(null, 0, link);
        }

        public Optional<BrokenLink> broken() {
            return Optional.ofNullable(brokenLink);
        }
    }
}

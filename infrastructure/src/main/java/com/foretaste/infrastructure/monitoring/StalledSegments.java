package com.foretaste.infrastructure.monitoring;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, between health checks, since when each segment's saved position has stood still while
 * behind the head of the event store, and names those that stood still for longer than the limit. A
 * segment that is caught up, or moves, is never stalled. Measured on a monotonic clock: it is about
 * elapsed time on this node, not about the business clock.
 */
class StalledSegments {

    private record Still(long position, long sinceNanos) {
    }

    private final ProcessorPositions positions;
    private final long limitNanos;
    private final Map<String, Still> still = new HashMap<>();

    StalledSegments(ProcessorPositions positions, Duration limit) {
        this.positions = positions;
        this.limitNanos = limit.toNanos();
    }

    synchronized Map<String, String> check() {
        ProcessorPositions.Reading reading = positions.read();
        long now = System.nanoTime();
        Map<String, String> stalled = new LinkedHashMap<>();
        Map<String, Still> seen = new HashMap<>();
        for (ProcessorPositions.Segment segment : reading.segments()) {
            String key = segment.processor() + " segment " + segment.segment();
            long behind = segment.behind(reading.head());
            if (behind == 0) {
                continue;
            }
            long position = segment.position().orElse(-1);
            Still before = still.get(key);
            Still current = before != null && before.position() == position ? before : new Still(position, now);
            seen.put(key, current);
            Duration standing = Duration.ofNanos(now - current.sinceNanos());
            if (now - current.sinceNanos() >= limitNanos) {
                stalled.put(key, "stalled: " + behind + " events behind the head "
                        + (position < 0 ? "with no position yet" : "at position " + position)
                        + " for " + standing.toSeconds() + " s" + (segment.owner() == null ? ", held by no node"
                        : ", held by " + segment.owner()));
            }
        }
        still.clear();
        still.putAll(seen);
        return stalled;
    }
}

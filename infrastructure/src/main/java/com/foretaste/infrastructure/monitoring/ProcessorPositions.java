package com.foretaste.infrastructure.monitoring;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Where each streaming processor's segments stand against the head of the event store, as the database
 * records it: the position of every {@code token_entry} row, whichever node holds it (or none), and the
 * highest global index stored. Read at most once a second however many meters and checks ask; two cheap
 * statements (a handful of token rows, and the maximum of the primary key).
 */
class ProcessorPositions {

    /** A segment's saved position; {@code position} is empty for a token that has none yet (a fresh processor). */
    record Segment(String processor, int segment, OptionalLong position, String owner) {

        long behind(long head) {
            return Math.max(0, head - position.orElse(0));
        }
    }

    record Reading(long head, List<Segment> segments) {
    }

    private static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private Reading last;
    private long readAt;

    ProcessorPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The latest reading, read again when older than a second (a monotonic measure, not the business clock). */
    synchronized Reading read() {
        long now = System.nanoTime();
        if (last == null || now - readAt > FRESH_FOR_NANOS) {
            last = readNow();
            readAt = now;
        }
        return last;
    }

    private Reading readNow() {
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        List<Segment> segments = jdbc.query("SELECT processor_name, segment, token, token_type, owner FROM token_entry"
                        + " ORDER BY processor_name, segment",
                (rs, i) -> new Segment(rs.getString(1), rs.getInt(2), position(rs.getBytes(3), rs.getString(4)),
                        rs.getString(5)));
        return new Reading(head, segments);
    }

    /** The token's position however it is wrapped (a replay, several sources); Axon's own serializer reads it. */
    private OptionalLong position(byte[] token, String type) {
        if (token == null || type == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}

package com.foretaste.application.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of a stream: each event's hash is SHA-256 over a version tag, the previous event's
 * hash in the same stream (32 zero bytes for the first) and every stored field of the event, each
 * field length-prefixed (-1 for an absent one) so no two different events encode alike. Changing, removing or reordering
 * any stored byte breaks the chain from that event on.
 */
public final class EventHash {

    public static final byte[] GENESIS = new byte[32];
    private static final byte[] VERSION = "foretaste-event-v1".getBytes(StandardCharsets.UTF_8);

    private EventHash() {
    }

    public static byte[] of(byte[] previous, String eventId, String aggregateId, long sequence, String aggregateType,
                            String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, VERSION);
        field(out, previous);
        field(out, text(eventId));
        field(out, text(aggregateId));
        field(out, text(Long.toString(sequence)));
        field(out, text(aggregateType));
        field(out, text(timestamp));
        field(out, text(payloadType));
        field(out, text(payloadRevision));
        field(out, payload);
        field(out, metadata);
        return sha256(out.toByteArray());
    }

    /** The hash the event should have, given the hash of the event before it. */
    public static byte[] expected(StoredEvent e, byte[] previous) {
        return of(previous, e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(), e.timestamp(),
                e.payloadType(), e.payloadRevision(), e.payload(), e.metadata());
    }

    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM provides SHA-256", impossible);
        }
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** Length-prefixed; an absent field has length -1, so NULL and empty are told apart. */
    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            out.writeBytes(bytes);
        }
    }
}

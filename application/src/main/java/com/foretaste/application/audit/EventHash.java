package com.foretaste.application.audit;

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
        byte[][] fields = {VERSION, previous, text(eventId), text(aggregateId), text(Long.toString(sequence)),
                text(aggregateType), text(timestamp), text(payloadType), text(payloadRevision), payload, metadata};
        // The encoding is written into one array of its exact size and hashed in one call: verifying a
        // whole store does this for every event, so no growing buffer and no digest looked up per event.
        int size = 0;
        for (byte[] field : fields) {
            size += 4 + (field == null ? 0 : field.length);
        }
        byte[] encoded = new byte[size];
        int at = 0;
        for (byte[] field : fields) {
            at = field(encoded, at, field);
        }
        MessageDigest digest = DIGEST.get();
        return digest.digest(encoded);
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

    /** Length-prefixed (big-endian); an absent field has length -1, so NULL and empty are told apart. */
    private static int field(byte[] out, int at, byte[] bytes) {
        int length = bytes == null ? -1 : bytes.length;
        out[at] = (byte) (length >>> 24);
        out[at + 1] = (byte) (length >>> 16);
        out[at + 2] = (byte) (length >>> 8);
        out[at + 3] = (byte) length;
        if (bytes != null) {
            System.arraycopy(bytes, 0, out, at + 4, bytes.length);
            return at + 4 + bytes.length;
        }
        return at + 4;
    }

    /** One digest per thread, reset by each {@code digest()}: verification hashes streams on several threads. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(EventHash::newSha256);

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM provides SHA-256", impossible);
        }
    }
}

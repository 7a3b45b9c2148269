package com.foretaste.application.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The last event of a stream at the time of a digest: its sequence number and chained hash. */
public record StreamHead(String aggregateId, long sequence, byte[] hash) {

    /** The Merkle leaf of this head: the stream, the position and the hash, length-prefixed. */
    public byte[] leafHash() {
        byte[] id = aggregateId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer leaf = ByteBuffer.allocate(4 + id.length + 8 + 4 + hash.length)
                .putInt(id.length).put(id).putLong(sequence).putInt(hash.length).put(hash);
        return MerkleTree.leafHash(leaf.array());
    }
}

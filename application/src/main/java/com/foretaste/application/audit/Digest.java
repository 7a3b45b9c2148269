package com.foretaste.application.audit;

import java.time.Instant;
import java.util.List;

/**
 * A digest of the whole store: the Merkle root over the head of every stream, ordered by aggregate
 * id, as of the event at {@code coveredGlobalIndex}. An auditor who keeps the root can later prove
 * that no event covered by it was altered, removed or reordered.
 */
public record Digest(long id, Instant createdAt, long coveredGlobalIndex, long eventCount, List<StreamHead> heads,
                     byte[] root, String reason) {

    public Digest {
        heads = List.copyOf(heads);
    }

    public static byte[] rootOf(List<StreamHead> heads) {
        return MerkleTree.root(heads.stream().map(StreamHead::leafHash).toList());
    }

    public int leafIndexOf(String aggregateId) {
        for (int i = 0; i < heads.size(); i++) {
            if (heads.get(i).aggregateId().equals(aggregateId)) {
                return i;
            }
        }
        return -1;
    }
}

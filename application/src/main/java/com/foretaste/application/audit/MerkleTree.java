package com.foretaste.application.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Merkle tree hash in the manner of RFC 9162 (section 2.1): leaves hashed with a 0x00 prefix,
 * nodes with 0x01, a tree of n leaves split at the largest power of two below n. Audit paths prove
 * that a leaf is in a tree with a given root without the other leaves.
 */
public final class MerkleTree {

    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leaf) {
        return EventHash.sha256(LEAF, leaf);
    }

    /** The root over the leaf hashes (already hashed with {@link #leafHash}); SHA-256 of nothing when empty. */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return EventHash.sha256();
        }
        if (leafHashes.size() == 1) {
            return leafHashes.get(0);
        }
        int k = split(leafHashes.size());
        return EventHash.sha256(NODE, root(leafHashes.subList(0, k)), root(leafHashes.subList(k, leafHashes.size())));
    }

    /** The audit path of leaf {@code index}: the sibling hashes from the leaf up to the root. */
    public static List<byte[]> path(int index, List<byte[]> leafHashes) {
        List<byte[]> path = new ArrayList<>();
        collect(index, leafHashes, path);
        return path;
    }

    private static void collect(int index, List<byte[]> leaves, List<byte[]> path) {
        if (leaves.size() <= 1) {
            return;
        }
        int k = split(leaves.size());
        if (index < k) {
            collect(index, leaves.subList(0, k), path);
            path.add(root(leaves.subList(k, leaves.size())));
        } else {
            collect(index - k, leaves.subList(k, leaves.size()), path);
            path.add(root(leaves.subList(0, k)));
        }
    }

    /** Recomputes the root from one leaf hash and its audit path (RFC 9162, 2.1.3.2). */
    public static boolean verifyInclusion(int index, int size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = EventHash.sha256(NODE, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = EventHash.sha256(NODE, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private static int split(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }
}

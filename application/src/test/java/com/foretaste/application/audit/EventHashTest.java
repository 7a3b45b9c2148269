package com.foretaste.application.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored hashes must stay verifiable for years: the encoding that is hashed never changes. These values
 * were computed by the first implementation (a growing buffer of length-prefixed fields); any faster
 * one must give exactly the same bytes.
 */
class EventHashTest {

    @Test
    void the_chained_hash_is_the_one_the_store_has_always_written() {
        byte[] first = EventHash.of(EventHash.GENESIS, "e-1", "agg-1", 0, "Agreement", "2026-03-02T10:00:00Z",
                "com.x.Proposed", null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "{\"m\":\"ü\"}".getBytes(StandardCharsets.UTF_8));
        byte[] second = EventHash.of(first, "e-2", "agg-1", 1, "Agreement", "2026-03-02T11:00:00Z",
                "com.x.Accepted", "2", new byte[0], null);

        assertThat(EventHash.hex(first)).isEqualTo("b71fe69240293819c2c5c361ba118c1aaf40d85c56574249de4b417b81a4ec99");
        assertThat(EventHash.hex(second)).isEqualTo("fff2f197f46dd46f7bbfc2069abda0e5d9aa8bf545f26e5d6951d017cd5c5b68");
    }
}

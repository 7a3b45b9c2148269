-- Each event's SHA-256 over its predecessor's hash in the same stream and its own stored bytes,
-- written in the transaction that appends it (see EventHash).
ALTER TABLE domain_event_entry ADD COLUMN event_hash bytea;

-- Digests of the whole store: the Merkle root over every stream's head up to a global index.
CREATE TABLE store_digest (
    id                   bigserial                NOT NULL,
    created_at           timestamp with time zone NOT NULL,
    covered_global_index bigint                   NOT NULL,
    event_count          bigint                   NOT NULL,
    root                 bytea                    NOT NULL,
    reason               varchar(255)             NOT NULL,
    CONSTRAINT store_digest_pk PRIMARY KEY (id)
);

CREATE TABLE digest_stream_head (
    digest_id            bigint       NOT NULL,
    leaf_index           integer      NOT NULL,
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    head_hash            bytea        NOT NULL,
    CONSTRAINT digest_stream_head_pk PRIMARY KEY (digest_id, leaf_index),
    CONSTRAINT digest_stream_head_digest_fk FOREIGN KEY (digest_id) REFERENCES store_digest (id)
);

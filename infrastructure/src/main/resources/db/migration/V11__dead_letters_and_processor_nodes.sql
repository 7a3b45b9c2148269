-- Read-model processors on several nodes, and the events a read model could not handle (issue 13).

-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), in our own names (DeadLetterSchema in
-- readmodel.ReadModelProcessing). One row per parked event: the events of one aggregate (the sequence) queue
-- behind the first one parked, in sequence_index order, so a read model never applies them out of order.
-- Timestamps are ISO-8601 strings, as Axon writes them; payloads and metadata are bytea like the event store's.
CREATE TABLE dead_letter_entry (
    dead_letter_id       varchar(255)  NOT NULL,
    processing_group     varchar(255)  NOT NULL,
    sequence_identifier  varchar(255)  NOT NULL,
    sequence_index       bigint        NOT NULL,
    message_type         varchar(255)  NOT NULL,
    event_identifier     varchar(255)  NOT NULL,
    time_stamp           varchar(255)  NOT NULL,
    payload_type         varchar(255)  NOT NULL,
    payload_revision     varchar(255),
    payload              bytea         NOT NULL,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  NOT NULL,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(2048),
    diagnostics          bytea,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_id),
    CONSTRAINT dead_letter_entry_sequence_uk UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX dead_letter_entry_group_idx ON dead_letter_entry (processing_group);

-- The nodes that run read-model processors, each beating every second with the database's own clock. A node
-- counts as live while its beat is recent; each node claims at most its fair share of a processor's segments,
-- ceil(segments / live nodes), and releases the rest for the others (readmodel.ProcessorNodes).
CREATE TABLE processor_node (
    node_id   varchar(255) NOT NULL,
    started   timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    CONSTRAINT processor_node_pk PRIMARY KEY (node_id)
);

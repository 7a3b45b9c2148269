-- Axon's JDBC event store, in our own names. Axon creates no tables; Flyway owns the schema.
-- Payloads and metadata are bytea (never large objects), so a row holds its event whole and can be
-- hashed, exported and checked as stored. The global index comes from the table's own sequence
-- (bigserial: domain_event_entry_global_index_seq, owned by the column).
-- One migration set serves PostgreSQL and the embedded H2 (which runs in PostgreSQL mode).

CREATE TABLE domain_event_entry (
    global_index         bigserial    NOT NULL,
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    type                 varchar(255),
    event_identifier     varchar(255) NOT NULL,
    meta_data            bytea,
    payload              bytea        NOT NULL,
    payload_revision     varchar(255),
    payload_type         varchar(255) NOT NULL,
    time_stamp           varchar(255) NOT NULL,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    CONSTRAINT domain_event_entry_stream_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_uk UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    type                 varchar(255) NOT NULL,
    event_identifier     varchar(255) NOT NULL,
    meta_data            bytea,
    payload              bytea        NOT NULL,
    payload_revision     varchar(255),
    payload_type         varchar(255) NOT NULL,
    time_stamp           varchar(255) NOT NULL,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_uk UNIQUE (event_identifier)
);

CREATE TABLE token_entry (
    processor_name varchar(255) NOT NULL,
    segment        integer      NOT NULL,
    token          bytea,
    token_type     varchar(255),
    time_stamp     varchar(255),
    owner          varchar(255),
    CONSTRAINT token_entry_pk PRIMARY KEY (processor_name, segment)
);

CREATE TABLE saga_entry (
    saga_id         varchar(255) NOT NULL,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea,
    CONSTRAINT saga_entry_pk PRIMARY KEY (saga_id)
);

CREATE TABLE association_value_entry (
    id                bigserial    NOT NULL,
    association_key   varchar(255),
    association_value varchar(255),
    saga_id           varchar(255),
    saga_type         varchar(255),
    CONSTRAINT association_value_entry_pk PRIMARY KEY (id)
);
CREATE INDEX association_value_entry_lookup_ix
    ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga_ix ON association_value_entry (saga_id, saga_type);

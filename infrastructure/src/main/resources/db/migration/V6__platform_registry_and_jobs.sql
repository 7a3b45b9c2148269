-- Every command that took effect, by its id, written in the transaction that stores its events: a
-- command sent again with the same id (a retried request) is answered from here and records nothing.
CREATE TABLE processed_command (
    command_id           varchar(255)             NOT NULL,
    command_type         varchar(255)             NOT NULL,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    version              bigint,
    processed_at         timestamp with time zone NOT NULL,
    CONSTRAINT processed_command_pk PRIMARY KEY (command_id)
);

-- The write side's register of streams: which instrument each stream is, who is party to it (who
-- may see it), its version, and the next business date on which the end of day must visit it.
-- Written with the events, in the same transaction; never a read model.
CREATE TABLE stream_registry (
    aggregate_identifier varchar(255) NOT NULL,
    aggregate_type       varchar(255) NOT NULL,
    parties              varchar(4000) NOT NULL,
    version              bigint       NOT NULL,
    next_attention       date,
    CONSTRAINT stream_registry_pk PRIMARY KEY (aggregate_identifier)
);
CREATE INDEX stream_registry_attention_ix ON stream_registry (aggregate_type, next_attention);

-- End-of-day runs: one at a time across every node (the calendar row holds the running one).
CREATE TABLE end_of_day_run (
    id              uuid                     NOT NULL,
    from_date       date                     NOT NULL,
    target          date                     NOT NULL,
    state           varchar(32)              NOT NULL,
    dates_done      integer                  NOT NULL,
    dates_total     integer                  NOT NULL,
    requested_by    varchar(255)             NOT NULL,
    correlation_id  varchar(255)             NOT NULL,
    requested_at    timestamp with time zone NOT NULL,
    finished_at     timestamp with time zone,
    CONSTRAINT end_of_day_run_pk PRIMARY KEY (id)
);

-- How many aggregates of each instrument a run visited, and how many of them recorded something.
CREATE TABLE end_of_day_run_count (
    run_id         uuid         NOT NULL,
    instrument     varchar(64)  NOT NULL,
    visited        bigint       NOT NULL,
    changed        bigint       NOT NULL,
    failed         bigint       NOT NULL,
    CONSTRAINT end_of_day_run_count_pk PRIMARY KEY (run_id, instrument)
);

-- An aggregate whose date-driven command failed: held (its parties' writes refused) until the
-- operator retries it successfully or resolves the failure.
CREATE TABLE end_of_day_failure (
    id                   uuid                     NOT NULL,
    run_id               uuid                     NOT NULL,
    instrument           varchar(64)              NOT NULL,
    aggregate_identifier varchar(255)             NOT NULL,
    business_date        date                     NOT NULL,
    reason               varchar(4000)            NOT NULL,
    state                varchar(16)              NOT NULL,
    recorded_at          timestamp with time zone NOT NULL,
    settled_at           timestamp with time zone,
    settled_by           varchar(255),
    note                 varchar(4000),
    CONSTRAINT end_of_day_failure_pk PRIMARY KEY (id)
);
CREATE INDEX end_of_day_failure_open_ix ON end_of_day_failure (aggregate_identifier, state);

ALTER TABLE business_calendar ADD COLUMN running_run uuid;

-- db-scheduler's table: the end-of-day run is a task that one node executes at a time, with a
-- heartbeat; a node that dies loses it to another node, which resumes the run.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    CONSTRAINT scheduled_tasks_pk PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_ix ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_ix ON scheduled_tasks (last_heartbeat);

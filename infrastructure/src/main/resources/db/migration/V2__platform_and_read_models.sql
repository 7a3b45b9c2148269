-- The platform's business date: one row, moved only by the operator's end-of-day run.
CREATE TABLE business_calendar (
    id            smallint NOT NULL,
    business_date date     NOT NULL,
    CONSTRAINT business_calendar_pk PRIMARY KEY (id),
    CONSTRAINT business_calendar_single_row CHECK (id = 1)
);

-- Outcomes of write requests that carried an Idempotency-Key, replayed when the key comes again.
CREATE TABLE idempotency_record (
    principal          varchar(255) NOT NULL,
    idempotency_key    varchar(255) NOT NULL,
    request_hash       varchar(64)  NOT NULL,
    completed          boolean      NOT NULL,
    response_status    integer,
    response_type      varchar(255),
    response_location  varchar(2048),
    response_body      bytea,
    created_at         timestamp with time zone NOT NULL,
    CONSTRAINT idempotency_record_pk PRIMARY KEY (principal, idempotency_key)
);

-- Read model: one row per agreement, rebuilt from the events at will.
CREATE TABLE agreement_summary (
    agreement_id     uuid          NOT NULL,
    status           varchar(32)   NOT NULL,
    licensor_id      uuid          NOT NULL,
    licensee_id      uuid          NOT NULL,
    patents          varchar(4000) NOT NULL,
    licence_fee      numeric(19, 4) NOT NULL,
    currency         char(3)       NOT NULL,
    proposed_on      date          NOT NULL,
    trial_starts_on  date,
    trial_ends_on    date,
    last_sequence    bigint        NOT NULL,
    CONSTRAINT agreement_summary_pk PRIMARY KEY (agreement_id)
);
CREATE INDEX agreement_summary_licensor_ix ON agreement_summary (licensor_id, status);
CREATE INDEX agreement_summary_licensee_ix ON agreement_summary (licensee_id, status);

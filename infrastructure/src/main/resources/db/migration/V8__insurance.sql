-- Insurance (docs/domain/insurance.md).

-- Read model: one row per policy (GET /api/agreements/{id}/policies, the insurer's summary).
CREATE TABLE policy_summary (
    policy_id        uuid           NOT NULL,
    agreement_id     uuid           NOT NULL,
    insurer_id       uuid           NOT NULL,
    insured_id       uuid           NOT NULL,
    policyholder_id  uuid           NOT NULL,
    state            varchar(16)    NOT NULL,
    currency         char(3)        NOT NULL,
    coverage_limit   numeric(38, 4) NOT NULL,
    premium          numeric(38, 4) NOT NULL,
    period_start     date           NOT NULL,
    period_end       date           NOT NULL,
    quoted_on        date           NOT NULL,
    activated_on     date,
    cover_ended_on   date,
    earned_at_end    numeric(38, 4),
    last_sequence    bigint         NOT NULL,
    CONSTRAINT policy_summary_pk PRIMARY KEY (policy_id)
);
CREATE INDEX policy_summary_agreement_ix ON policy_summary (agreement_id);
CREATE INDEX policy_summary_insurer_ix ON policy_summary (insurer_id);

-- Read model: the claims queue, one row per claim.
CREATE TABLE claim_queue (
    claim_id              uuid           NOT NULL,
    policy_id             uuid           NOT NULL,
    agreement_id          uuid           NOT NULL,
    insurer_id            uuid           NOT NULL,
    insured_id            uuid           NOT NULL,
    policyholder_id       uuid           NOT NULL,
    state                 varchar(16)    NOT NULL,
    currency              char(3)        NOT NULL,
    defaulted_on          date           NOT NULL,
    loss                  numeric(38, 4) NOT NULL,
    reserve               numeric(38, 4) NOT NULL,
    indemnity             numeric(38, 4),
    filed_on              date           NOT NULL,
    automatic             boolean        NOT NULL,
    payment_due_on        date,
    paid_on               date,
    recovered_by_insurer  numeric(38, 4) NOT NULL,
    recovered_by_insured  numeric(38, 4) NOT NULL,
    CONSTRAINT claim_queue_pk PRIMARY KEY (claim_id)
);
CREATE INDEX claim_queue_insurer_ix ON claim_queue (insurer_id, state);

-- Read model: every movement of an insurer's claims figures, by date (reserve changes, indemnities
-- paid, the insurer's share of recoveries), from which the summary adds up months.
CREATE TABLE claim_movement (
    policy_id   uuid           NOT NULL,
    sequence    bigint         NOT NULL,
    claim_id    uuid           NOT NULL,
    insurer_id  uuid           NOT NULL,
    kind        varchar(16)    NOT NULL,
    moved_on    date           NOT NULL,
    amount      numeric(38, 4) NOT NULL,
    currency    char(3)        NOT NULL,
    CONSTRAINT claim_movement_pk PRIMARY KEY (policy_id, sequence, kind)
);
CREATE INDEX claim_movement_insurer_ix ON claim_movement (insurer_id, moved_on);

-- Process manager (agreement events -> policies): which policies cover an agreement, learnt from
-- the policies' own quotes in the same ordered stream, and the events it has handled (exactly once).
CREATE TABLE policy_coverage (
    agreement_id  uuid NOT NULL,
    policy_id     uuid NOT NULL,
    CONSTRAINT policy_coverage_pk PRIMARY KEY (agreement_id, policy_id)
);

CREATE TABLE process_handled_event (
    process   varchar(64)  NOT NULL,
    event_id  varchar(255) NOT NULL,
    handled_at timestamp with time zone NOT NULL,
    CONSTRAINT process_handled_event_pk PRIMARY KEY (process, event_id)
);

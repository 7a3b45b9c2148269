-- Financing guarantees (docs/domain/guarantees.md).

-- Read model: one row per guarantee, as its events leave it (the guarantor's book for the regulatory limits,
-- GET /api/guarantors/{orgId}/exposure). liability is what counts against the limits (approved, issued or
-- called: the exposure), exposure what the guarantor would pay if called now (issued or called).
CREATE TABLE guarantee_summary (
    guarantee_id    uuid           NOT NULL,
    agreement_id    uuid           NOT NULL,
    guarantor_id    uuid           NOT NULL,
    beneficiary_id  uuid           NOT NULL,
    obligor_id      uuid           NOT NULL,
    licensor_id     uuid           NOT NULL,
    state           varchar(16)    NOT NULL,
    currency        char(3)        NOT NULL,
    cap             numeric(38, 4) NOT NULL,
    outstanding     numeric(38, 4) NOT NULL,
    exposure        numeric(38, 4) NOT NULL,
    liability       numeric(38, 4) NOT NULL,
    programme       varchar(64)    NOT NULL,
    requested_on    date           NOT NULL,
    issued_on       date,
    last_sequence   bigint         NOT NULL,
    CONSTRAINT guarantee_summary_pk PRIMARY KEY (guarantee_id)
);
CREATE INDEX guarantee_summary_guarantor_ix ON guarantee_summary (guarantor_id, obligor_id);
CREATE INDEX guarantee_summary_agreement_ix ON guarantee_summary (agreement_id);

-- Read model: every movement of a guarantor's figures, by date, from which the exposure series adds up days:
-- EXPOSURE (change of the exposure), CALLED (the loss called), HONOURED, REIMBURSED (partners' reimbursements
-- received less returned), REFUNDED (the beneficiary's refunds), RECOVERED (the guarantor's own share of
-- recoveries), WRITTEN_OFF.
CREATE TABLE guarantee_movement (
    guarantee_id  uuid           NOT NULL,
    sequence      bigint         NOT NULL,
    kind          varchar(16)    NOT NULL,
    guarantor_id  uuid           NOT NULL,
    moved_on      date           NOT NULL,
    amount        numeric(38, 4) NOT NULL,
    currency      char(3)        NOT NULL,
    CONSTRAINT guarantee_movement_pk PRIMARY KEY (guarantee_id, sequence, kind)
);
CREATE INDEX guarantee_movement_guarantor_ix ON guarantee_movement (guarantor_id, moved_on);

-- Process manager (agreement and policy events -> guarantees): which guarantees follow an agreement, learnt
-- from their requests in the same ordered stream; the events it handled are in process_handled_event.
CREATE TABLE guarantee_coverage (
    agreement_id  uuid NOT NULL,
    guarantee_id  uuid NOT NULL,
    CONSTRAINT guarantee_coverage_pk PRIMARY KEY (agreement_id, guarantee_id)
);

-- Process manager: the indemnities insurers paid, one row per claim, added up per default of an agreement.
CREATE TABLE guarantee_indemnity (
    claim_id      varchar(64)    NOT NULL,
    agreement_id  uuid           NOT NULL,
    defaulted_on  date           NOT NULL,
    amount        numeric(38, 4) NOT NULL,
    currency      char(3)        NOT NULL,
    CONSTRAINT guarantee_indemnity_pk PRIMARY KEY (claim_id)
);
CREATE INDEX guarantee_indemnity_default_ix ON guarantee_indemnity (agreement_id, defaulted_on);

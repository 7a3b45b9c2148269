-- Read model: running totals of each agreement for its licensor's portfolio, rebuilt from the events.
CREATE TABLE agreement_finance (
    agreement_id   uuid           NOT NULL,
    licensor_id    uuid           NOT NULL,
    licensee_id    uuid           NOT NULL,
    currency       char(3)        NOT NULL,
    fell_due       numeric(38, 4) NOT NULL,
    received       numeric(38, 4) NOT NULL,
    converted      numeric(38, 4) NOT NULL,
    last_sequence  bigint         NOT NULL,
    CONSTRAINT agreement_finance_pk PRIMARY KEY (agreement_id)
);
CREATE INDEX agreement_finance_licensor_ix ON agreement_finance (licensor_id);

-- Equity swaps: proposed (agreed_on null) and agreed, i.e. the stakes a licensor holds.
CREATE TABLE equity_stake (
    agreement_id uuid           NOT NULL,
    swap_id      varchar(255)   NOT NULL,
    licensee_id  uuid           NOT NULL,
    shares       bigint         NOT NULL,
    amount       numeric(38, 4) NOT NULL,
    currency     char(3)        NOT NULL,
    stake        numeric(12, 6) NOT NULL,
    agreed_on    date,
    CONSTRAINT equity_stake_pk PRIMARY KEY (agreement_id, swap_id)
);

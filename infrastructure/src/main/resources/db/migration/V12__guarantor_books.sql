-- The regulatory limits of guarantees on the write side (docs/adr/0012): what a guarantor's approval checks is
-- written in the transaction of the command whose events it follows, like the directory (docs/adr/0008).

-- A guarantor's latest net assets, from NetAssetsRecorded on its organisation's register. An approval locks its
-- guarantor's row (SELECT ... FOR UPDATE) before it reads the book, so approvals for one guarantor, on any node,
-- check their limits one after the other.
CREATE TABLE guarantor_net_assets (
    organisation_id               uuid           NOT NULL,
    amount                        numeric(38, 4) NOT NULL,
    currency                      char(3)        NOT NULL,
    as_of                         date           NOT NULL,
    serves_mainly_small_and_micro boolean        NOT NULL,
    CONSTRAINT guarantor_net_assets_pk PRIMARY KEY (organisation_id),
    CONSTRAINT guarantor_net_assets_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id)
);

-- Related parties, from RelatedPartyRegistered on the register of the organisation that registered the relation;
-- a relation counts both ways.
CREATE TABLE related_party (
    organisation_id uuid         NOT NULL,
    related_id      uuid         NOT NULL,
    relation        varchar(200) NOT NULL,
    CONSTRAINT related_party_pk PRIMARY KEY (organisation_id, related_id),
    CONSTRAINT related_party_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id),
    CONSTRAINT related_party_related_fk FOREIGN KEY (related_id) REFERENCES organisation (organisation_id)
);
CREATE INDEX related_party_related_ix ON related_party (related_id);

-- Each guarantee's liability against its guarantor's limits (FinancingGuarantee.liability), as of the last event
-- of its stream: the guarantor's book, written by the subscribing processor guarantor-books in the transaction
-- that appends the event. A database that already holds guarantees starts from the asynchronous read model,
-- which has caught up with every event once the nodes have stopped for the upgrade.
CREATE TABLE guarantee_liability (
    guarantee_id    uuid           NOT NULL,
    guarantor_id    uuid           NOT NULL,
    obligor_id      uuid           NOT NULL,
    currency        char(3)        NOT NULL,
    liability       numeric(38, 4) NOT NULL,
    last_sequence   bigint         NOT NULL,
    CONSTRAINT guarantee_liability_pk PRIMARY KEY (guarantee_id)
);
CREATE INDEX guarantee_liability_guarantor_ix ON guarantee_liability (guarantor_id, obligor_id);

INSERT INTO guarantee_liability (guarantee_id, guarantor_id, obligor_id, currency, liability, last_sequence)
SELECT guarantee_id, guarantor_id, obligor_id, currency, liability, last_sequence FROM guarantee_summary;

-- Process managers: which instruments (policies, guarantees) cover each agreement, learnt from their first events
-- in the same ordered stream; one table for every instrument type, replacing policy_coverage and
-- guarantee_coverage, which held the same thing for one type each.
CREATE TABLE instrument_coverage (
    agreement_id     uuid        NOT NULL,
    instrument_type  varchar(32) NOT NULL,
    instrument_id    uuid        NOT NULL,
    CONSTRAINT instrument_coverage_pk PRIMARY KEY (agreement_id, instrument_type, instrument_id)
);
INSERT INTO instrument_coverage (agreement_id, instrument_type, instrument_id)
SELECT agreement_id, 'policies', policy_id FROM policy_coverage;
INSERT INTO instrument_coverage (agreement_id, instrument_type, instrument_id)
SELECT agreement_id, 'guarantees', guarantee_id FROM guarantee_coverage;
DROP TABLE policy_coverage;
DROP TABLE guarantee_coverage;

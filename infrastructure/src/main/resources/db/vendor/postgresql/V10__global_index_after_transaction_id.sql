-- PostgreSQL only (H2 has no V10; docs/adr/0013-reading-the-event-store-in-commit-order.md).
-- Readers settle a gap of their token once every transaction that could still write it has ended,
-- judged by transaction ids: the transaction that takes a global index must already have its id when it
-- takes the index. nextval() assigns no transaction id, and the insert would take one only after the
-- default is computed; this default takes the id first. pg_current_xact_id() returns the transaction's
-- id, assigning it if it has none yet (PostgreSQL 13 and later); a CASE evaluates its condition before
-- its result. A one-expression SQL function is inlined into the insert: about 1 microsecond per event,
-- where a PL/pgSQL function costs about 4 and a separate statement a round trip (docs/adr/0013).
-- The sequence is named without a schema, as the tables are: it resolves through the search_path of
-- the application's connection, which is the schema Flyway migrated.

CREATE FUNCTION domain_event_global_index() RETURNS bigint
    LANGUAGE sql VOLATILE AS
$$
SELECT CASE WHEN pg_current_xact_id() IS NOT NULL THEN nextval('domain_event_entry_global_index_seq') END
$$;

ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT domain_event_global_index();

package com.foretaste.infrastructure.persistence;

import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event store lives in tables Flyway made: bytea payloads, a global index from its own sequence, taken
 * after the appending transaction has its id.
 */
@PostgresIntegrationTest
class EventStoreSchemaTest extends PostgresTestBase {

    @Autowired
    EventStore eventStore;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void payloads_and_metadata_are_bytea_never_large_objects() {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND column_name IN ('payload', 'meta_data', 'token', 'serialized_saga')");
        // events, snapshots, tokens and sagas (6), and the events parked in dead_letter_entry (3)
        assertThat(columns).hasSize(9);
        assertThat(columns).allSatisfy(c -> assertThat(c.get("data_type")).isEqualTo("bytea"));
    }

    @Test
    void the_global_index_comes_from_a_sequence_of_the_event_table_own() {
        String columnDefault = jdbc.queryForObject("SELECT column_default FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = 'domain_event_entry'"
                + " AND column_name = 'global_index'", String.class);
        assertThat(columnDefault).isEqualTo("domain_event_global_index()");
        assertThat(jdbc.queryForObject("SELECT prosrc FROM pg_proc WHERE proname = 'domain_event_global_index'"
                + " AND pronamespace = current_schema()::regnamespace", String.class))
                .contains("nextval('domain_event_entry_global_index_seq')");
        String owner = jdbc.queryForObject("SELECT d.refobjid::regclass::text FROM pg_depend d"
                + " WHERE d.objid = 'domain_event_entry_global_index_seq'::regclass AND d.deptype = 'a'", String.class);
        assertThat(owner).endsWith("domain_event_entry");
    }

    /** Readers settle gaps by transaction ids (docs/adr/0013): the id must exist before the index is taken. */
    @Test
    void a_transaction_has_its_id_before_it_takes_a_global_index() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Object idAfterNextval = transaction.execute(status -> {
            jdbc.queryForObject("SELECT nextval('domain_event_entry_global_index_seq')", Long.class);
            return jdbc.queryForObject("SELECT pg_current_xact_id_if_assigned()::text", String.class);
        });
        Object idAfterDefault = transaction.execute(status -> {
            jdbc.queryForObject("SELECT domain_event_global_index()", Long.class);
            return jdbc.queryForObject("SELECT pg_current_xact_id_if_assigned()::text", String.class);
        });

        assertThat(idAfterNextval).as("nextval alone assigns no transaction id").isNull();
        assertThat(idAfterDefault).as("the column default assigns it first").isNotNull();
    }

    @Test
    void an_appended_event_is_stored_as_json_in_order_with_its_metadata() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        as("qinling").post("/api/agreements/" + id + "/acceptance", null);

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT global_index, sequence_number, type, payload_type,"
                + " payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number", id);

        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.get("type")).containsOnly("AgreementAggregate");
        assertThat(rows.get(0).get("payload_type").toString()).endsWith("AgreementEvent$AgreementProposed");
        assertThat(rows.get(1).get("payload_type").toString()).endsWith("AgreementEvent$TrialStarted");
        assertThat((Long) rows.get(1).get("global_index")).isGreaterThan((Long) rows.get(0).get("global_index"));
        String payload = new String((byte[]) rows.get(0).get("payload"), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"licenceFee\":{\"amount\":\"300000.00\",\"currency\":\"CNY\"}");
        String metadata = new String((byte[]) rows.get(0).get("meta_data"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"principal\":\"university\"", "\"businessDate\":\"2026-03-02\"");
    }

    @Test
    void a_second_writer_of_the_same_sequence_is_a_concurrency_conflict_not_a_storage_failure() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        as("qinling").post("/api/agreements/" + id + "/acceptance", null);
        Object stalePayload = eventStore.readEvents(id, 1L).next().getPayload();

        assertThatThrownBy(() -> eventStore.publish(
                new GenericDomainEventMessage<>("AgreementAggregate", id, 1L, stalePayload)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void flyway_owns_the_schema_and_applied_every_migration() {
        List<String> applied = jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                String.class);
        assertThat(applied).startsWith("1", "2", "3", "4", "5");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Long.class)).isZero();
    }
}

package com.foretaste.infrastructure.licensing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.AgreementState.Trial;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.infrastructure.json.ForetasteJson;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Snapshots survive change (docs/adr/0007): a snapshot written by an earlier revision of the agreement
 * is dropped and the agreement rebuilt from its events; a snapshot of the current revision is used.
 */
@PostgresIntegrationTest
class AgreementSnapshotRevisionTest extends PostgresTestBase {

    private static final ObjectMapper JSON = ForetasteJson.eventMapper();
    private static final String CURRENT = AgreementAggregate.class.getAnnotation(Revision.class).value();

    @Autowired
    Configuration axon;

    @Autowired
    EventStore eventStore;

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    @Qualifier("agreementCache")
    Cache agreementCache;

    @ParameterizedTest(name = "revision {0}")
    @NullSource
    @ValueSource(strings = {"0", "1", "2"})
    void a_snapshot_of_an_earlier_revision_is_dropped_and_the_agreement_rebuilt_from_its_events(String earlier)
            throws JsonProcessingException {
        String id = agreementInTrial();
        Trial replayed = (Trial) replayOfEvents(id);
        ObjectNode oldShape = snapshotPayload(id, replayed);
        ((ObjectNode) oldShape.get("state")).remove("trial");
        assertThat(JSON.treeToValue(oldShape.get("state"), Trial.class).trial()).as("read as it is").isNull();
        storeSnapshot(id, earlier, oldShape);

        assertThat(loaded(id)).isEqualTo(replayed);
        assertThat(trialEndsOnAfterExtendingBy2Months(id)).isEqualTo(lastDayAfter2MoreMonths(replayed));
        assertThat(loaded(id)).isEqualTo(replayOfEvents(id));
    }

    @Test
    void a_snapshot_of_the_current_revision_is_used_in_place_of_the_events_it_covers()
            throws JsonProcessingException {
        String id = agreementInTrial();
        Trial replayed = (Trial) replayOfEvents(id);
        Trial marked = new Trial(replayed.offer(), replayed.proposedOn(),
                new DateRange(replayed.trial().start(), replayed.trial().endExclusive().plusYears(1)), replayed.account());
        storeSnapshot(id, CURRENT, snapshotPayload(id, marked));

        assertThat(loaded(id)).isEqualTo(marked);
        assertThat(trialEndsOnAfterExtendingBy2Months(id)).isEqualTo(lastDayAfter2MoreMonths(marked));
    }

    @Test
    void the_snapshotter_writes_snapshots_of_the_current_revision() {
        String id = agreementInTrial();

        snapshotter.scheduleSnapshot(AgreementAggregate.class, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, id) == 1);

        assertThat(jdbc.queryForMap("SELECT type, payload_type, payload_revision FROM snapshot_event_entry"
                + " WHERE aggregate_identifier = ?", id))
                .containsEntry("type", AgreementAggregate.class.getSimpleName())
                .containsEntry("payload_type", AgreementAggregate.class.getName())
                .containsEntry("payload_revision", CURRENT);
        assertThat(eventStore.readEvents(id).peek().getPayload()).isInstanceOf(AgreementAggregate.class);
        assertThat(loaded(id)).isEqualTo(replayOfEvents(id));
    }

    private String agreementInTrial() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        return id;
    }

    private LocalDate trialEndsOnAfterExtendingBy2Months(String id) {
        Response extended = as("university").post("/api/agreements/" + id + "/trial-extensions",
                "{\"additionalMonths\": 2, \"licenseeRequest\": \"two more months of field tests\"}");
        assertThat(extended.status()).isEqualTo(200);
        return LocalDate.parse(extended.json().get("trial").get("endsOn").asText());
    }

    private static LocalDate lastDayAfter2MoreMonths(Trial trial) {
        return trial.trial().endExclusive().plusMonths(2).minusDays(1);
    }

    /**
     * The agreement as Axon loads it for a command from the store (not kept in memory from an earlier
     * command): from its latest usable snapshot and the events after it.
     */
    private AgreementState loaded(String id) {
        agreementCache.removeAll();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return axon.repository(AgreementAggregate.class).load(id).invoke(AgreementAggregate::state);
        } finally {
            unitOfWork.rollback();
        }
    }

    private AgreementState replayOfEvents(String id) {
        return Agreement.replay(eventStore.readEvents(id, 0L).asStream()
                .map(event -> (AgreementEvent) event.getPayload()).toList());
    }

    private static ObjectNode snapshotPayload(String id, AgreementState state) throws JsonProcessingException {
        ObjectNode payload = JSON.createObjectNode().put("agreementId", id);
        payload.set("state", JSON.readTree(JSON.writerFor(AgreementState.class).writeValueAsString(state)));
        return payload;
    }

    /** A snapshot row after the agreement's last event, as the snapshotter of {@code revision} would store it. */
    private void storeSnapshot(String id, String revision, JsonNode payload) {
        long last = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, last, AgreementAggregate.class.getSimpleName(), UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), payload.toString().getBytes(StandardCharsets.UTF_8), revision,
                AgreementAggregate.class.getName(), "2026-03-02T01:30:00Z");
    }
}

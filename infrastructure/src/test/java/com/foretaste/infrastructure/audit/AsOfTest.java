package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The state as of a past instant or version is rebuilt from the events before it, never from a later snapshot. */
@PostgresIntegrationTest
class AsOfTest extends AuditTestBase {

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    EventStore eventStore;

    @Test
    void the_state_between_two_events_is_the_state_of_the_events_before_it_despite_a_later_snapshot() {
        String id = agreementInTrial();
        snapshotter.scheduleSnapshot(com.foretaste.infrastructure.licensing.AgreementAggregate.class, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, id) == 1);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0L).asStream().toList();
        Instant between = events.get(0).getTimestamp().plus(Duration.ofMinutes(30));
        AgreementState expected = Agreement.replay(List.of((AgreementEvent) events.get(0).getPayload()));

        JsonNode asOf = as("auditor").get("/api/audit/agreements/" + id + "?at=" + between).json();
        assertThat(asOf.get("agreement").get("state").asText()).isEqualTo(expected.status().name()).isEqualTo("PROPOSED");
        assertThat(asOf.get("agreement").get("version").asLong()).isZero();
        assertThat(asOf.get("events")).hasSize(1);
        assertThat(asOf.get("agreement").has("trial")).isFalse();

        JsonNode atVersion = as("auditor").get("/api/audit/agreements/" + id + "?version=1").json();
        assertThat(atVersion.get("agreement").get("state").asText()).isEqualTo("TRIAL");
        assertThat(atVersion.get("events")).hasSize(2);
    }

    @Test
    void before_its_first_event_an_agreement_did_not_exist() {
        String id = agreementInTrial();
        Instant before = eventStore.readEvents(id, 0L).next().getTimestamp().minusSeconds(1);
        assertThat(as("auditor").get("/api/audit/agreements/" + id + "?at=" + before).status()).isEqualTo(404);
    }

    @Test
    void an_auditor_sees_only_what_it_is_assigned_and_writes_nothing() {
        String id = agreementInTrial();
        long events = eventCount(id);
        assertThat(as("weihe").get("/api/audit/agreements/" + id + "?version=0").status()).isEqualTo(404);
        assertThat(as("auditor").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(403);
        assertThat(as("auditor").get("/api/audit/agreements/" + id + "/export").status()).isEqualTo(200);
        assertThat(eventCount(id)).isEqualTo(events);
    }
}

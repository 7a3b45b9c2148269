package com.foretaste.infrastructure.licensing;

import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Snapshots go through the same Jackson form as events and restore the agreement's full state. */
@PostgresIntegrationTest
class AgreementSnapshotTest extends PostgresTestBase {

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    EventStore eventStore;

    @Test
    void an_agreement_restored_from_its_snapshot_keeps_its_state_and_rules() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        as("qinling").post("/api/agreements/" + id + "/acceptance", null);

        snapshotter.scheduleSnapshot(AgreementAggregate.class, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, id) == 1);

        DomainEventMessage<?> first = eventStore.readEvents(id).peek();
        assertThat(first.getPayload()).isInstanceOf(AgreementAggregate.class);
        AgreementAggregate restored = (AgreementAggregate) first.getPayload();
        assertThat(restored.state()).isInstanceOf(AgreementState.Trial.class);
        assertThat(((AgreementState.Trial) restored.state()).trial().start()).hasToString("2026-03-02");

        Response refused = as("university").post("/api/agreements/" + id + "/withdrawal", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("state").asText()).isEqualTo("TRIAL");
    }
}

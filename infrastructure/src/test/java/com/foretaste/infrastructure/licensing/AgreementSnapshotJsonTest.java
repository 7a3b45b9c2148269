package com.foretaste.infrastructure.licensing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.foretaste.infrastructure.axon.CurrentRevisionSnapshotFilter;
import com.foretaste.infrastructure.json.ForetasteJson;
import com.foretaste.infrastructure.support.AgreementSamples;
import com.foretaste.infrastructure.support.AgreementStateSamples;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * An agreement's snapshot as stored: payload type, revision and JSON, frozen per revision in
 * {@code snapshots/AgreementAggregate-<revision>.json}. When a state changes shape, bump the
 * {@code @Revision} of {@link AgreementAggregate} and freeze a new file; the files of earlier
 * revisions stay, and their snapshots are dropped (docs/adr/0007).
 */
class AgreementSnapshotJsonTest {

    private static final ObjectMapper MAPPER = ForetasteJson.eventMapper();
    /** Built as Axon's auto-configuration builds the snapshot serializer from our mapper. */
    private static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(ForetasteJson.eventMapper()).build();
    private static final String REVISION = AgreementAggregate.class.getAnnotation(Revision.class).value();

    @Test
    void an_agreement_is_snapshotted_as_the_frozen_json_of_its_revision() throws IOException {
        SerializedObject<byte[]> written = SERIALIZER.serialize(agreementInTrial(), byte[].class);

        assertThat(stored(written)).isEqualTo(frozenJson());
    }

    @Test
    void the_frozen_snapshot_reads_back_into_the_agreement() throws IOException {
        JsonNode frozen = frozenJson();
        AgreementAggregate read = SERIALIZER.deserialize(new SimpleSerializedObject<>(
                MAPPER.writeValueAsBytes(frozen.get("payload")), byte[].class,
                frozen.get("payloadType").asText(), frozen.get("payloadRevision").asText()));

        assertThat(read.state()).isEqualTo(AgreementStateSamples.trial());
        assertThat(read).usingRecursiveComparison().isEqualTo(agreementInTrial());
    }

    @Test
    void the_frozen_snapshot_of_the_current_revision_passes_the_agreement_snapshot_filter() throws IOException {
        JsonNode frozen = frozenJson();

        assertThat(CurrentRevisionSnapshotFilter.of(AgreementAggregate.class).allow(new GenericDomainEventEntry<>(
                AgreementAggregate.class.getSimpleName(), AgreementSamples.agreementId().toString(), 1, "snapshot-1",
                "2026-03-16T00:00:00Z", frozen.get("payloadType").asText(), frozen.get("payloadRevision").asText(),
                MAPPER.writeValueAsBytes(frozen.get("payload")), new byte[0]))).isTrue();
    }

    @Test
    void the_frozen_snapshot_of_revision_2_before_the_agreement_kept_its_findings_is_dropped() throws IOException {
        JsonNode second = frozenJson("2");

        assertThat(second.at("/payload").has("findings")).isFalse();
        assertThat(CurrentRevisionSnapshotFilter.of(AgreementAggregate.class).allow(new GenericDomainEventEntry<>(
                AgreementAggregate.class.getSimpleName(), AgreementSamples.agreementId().toString(), 1, "snapshot-1",
                "2026-03-16T00:00:00Z", second.get("payloadType").asText(), second.get("payloadRevision").asText(),
                MAPPER.writeValueAsBytes(second.get("payload")), new byte[0]))).isFalse();
    }

    @Test
    void the_frozen_snapshot_of_revision_1_before_trials_held_an_account_is_dropped() throws IOException {
        JsonNode first = frozenJson("1");

        assertThat(first.at("/payload/state").has("account")).isFalse();
        assertThat(CurrentRevisionSnapshotFilter.of(AgreementAggregate.class).allow(new GenericDomainEventEntry<>(
                AgreementAggregate.class.getSimpleName(), AgreementSamples.agreementId().toString(), 1, "snapshot-1",
                "2026-03-16T00:00:00Z", first.get("payloadType").asText(), first.get("payloadRevision").asText(),
                MAPPER.writeValueAsBytes(first.get("payload")), new byte[0]))).isFalse();
    }

    private static AgreementAggregate agreementInTrial() {
        AgreementAggregate agreement = new AgreementAggregate();
        agreement.on(AgreementSamples.proposed());
        agreement.on(AgreementSamples.trialStarted());
        agreement.on(AgreementSamples.trialFindingsReported());
        return agreement;
    }

    private static JsonNode stored(SerializedObject<byte[]> snapshot) throws IOException {
        ObjectNode row = MAPPER.createObjectNode()
                .put("payloadType", snapshot.getType().getName())
                .put("payloadRevision", snapshot.getType().getRevision());
        row.set("payload", MAPPER.readTree(snapshot.getData()));
        return row;
    }

    private static JsonNode frozenJson() throws IOException {
        return frozenJson(REVISION);
    }

    private static JsonNode frozenJson(String revision) throws IOException {
        String path = "/snapshots/AgreementAggregate-" + revision + ".json";
        try (InputStream stored = AgreementSnapshotJsonTest.class.getResourceAsStream(path)) {
            if (stored == null) {
                fail("no frozen snapshot " + path + " of revision " + revision + "; the serializer writes:\n"
                        + MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                        stored(SERIALIZER.serialize(agreementInTrial(), byte[].class))));
            }
            return MAPPER.readTree(stored);
        }
    }
}

package com.foretaste.infrastructure.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.AgreementState.*;
import com.foretaste.infrastructure.support.AgreementStateSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Snapshots hold an agreement's state, so the JSON of every state is frozen in
 * {@code states/<StateName>.json}, written as an {@link AgreementState} (with its {@code kind}). A
 * change to a state's shape fails here. Then bump the {@code @Revision} of {@code AgreementAggregate},
 * so that snapshots of the old shape are dropped instead of read with nulls (docs/adr/0007), and
 * freeze the new JSON.
 */
class StateJsonTest {

    private static final ObjectMapper MAPPER = ForetasteJson.eventMapper();

    private static final Map<Class<?>, AgreementState> SAMPLES = Map.ofEntries(
            entry(None.class, AgreementStateSamples.none()),
            entry(Proposed.class, AgreementStateSamples.proposed()),
            entry(Withdrawn.class, AgreementStateSamples.withdrawn()),
            entry(Trial.class, AgreementStateSamples.trial()),
            entry(DecisionPending.class, AgreementStateSamples.decisionPending()),
            entry(Released.class, AgreementStateSamples.released()),
            entry(Lapsed.class, AgreementStateSamples.lapsed()),
            entry(Licensed.class, AgreementStateSamples.licensed()),
            entry(Defaulted.class, AgreementStateSamples.defaulted()),
            entry(Terminated.class, AgreementStateSamples.terminated()),
            entry(Completed.class, AgreementStateSamples.completed()));

    static Stream<Class<?>> stateTypes() {
        return Arrays.stream(AgreementState.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stateTypes")
    void a_state_is_written_as_its_frozen_json(Class<?> type) throws IOException {
        JsonNode written = MAPPER.readTree(jsonOf(sampleOf(type)));

        assertThat(written).isEqualTo(frozenJson(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stateTypes")
    void a_frozen_json_reads_back_into_an_equal_state(Class<?> type) throws IOException {
        AgreementState read = MAPPER.treeToValue(frozenJson(type), AgreementState.class);

        assertThat(read).isEqualTo(sampleOf(type));
    }

    @Test
    void every_state_type_has_a_sample_and_a_frozen_json() {
        assertThat(stateTypes()).isNotEmpty().allSatisfy(type -> {
            assertThat(SAMPLES).as("sample of %s", type.getSimpleName()).containsKey(type);
            assertThat(StateJsonTest.class.getResource(pathOf(type)))
                    .as("frozen JSON %s; the mapper writes:%n%s", pathOf(type), prettyJsonOf(SAMPLES.get(type)))
                    .isNotNull();
        });
    }

    private static AgreementState sampleOf(Class<?> type) {
        AgreementState sample = SAMPLES.get(type);
        if (sample == null) {
            fail("no sample of " + type.getSimpleName() + ": add one to SAMPLES and freeze its JSON in " + pathOf(type));
        }
        assertThat(sample).as("sample of %s", type.getSimpleName()).isExactlyInstanceOf(type);
        return sample;
    }

    private static JsonNode frozenJson(Class<?> type) throws IOException {
        try (InputStream stored = StateJsonTest.class.getResourceAsStream(pathOf(type))) {
            if (stored == null) {
                fail("no frozen JSON " + pathOf(type) + "; the mapper writes:\n" + prettyJsonOf(sampleOf(type)));
            }
            return MAPPER.readTree(stored);
        }
    }

    private static String pathOf(Class<?> type) {
        return "/states/" + type.getSimpleName() + ".json";
    }

    private static String jsonOf(AgreementState state) throws IOException {
        return MAPPER.writerFor(AgreementState.class).writeValueAsString(state);
    }

    private static String prettyJsonOf(AgreementState state) {
        try {
            return MAPPER.writerFor(AgreementState.class).withDefaultPrettyPrinter().writeValueAsString(state);
        } catch (IOException e) {
            return "(cannot write " + state + ": " + e.getMessage() + ")";
        }
    }
}

package com.foretaste.infrastructure.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.infrastructure.support.AgreementEventSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Events are forever: the JSON of every agreement event is frozen in {@code events/<EventName>.json}.
 * A change to an event's shape or to the mapper fails here; make it additive, or add a revision and an
 * upcaster, and never edit a frozen file to make this pass.
 */
class EventJsonTest {

    private static final ObjectMapper MAPPER = ForetasteJson.eventMapper();

    private static final Map<Class<?>, AgreementEvent> SAMPLES = AgreementEventSamples.byType();

    static Stream<Class<?>> eventTypes() {
        return Arrays.stream(AgreementEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void an_event_is_written_as_its_frozen_json(Class<?> type) throws IOException {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(sampleOf(type)));

        assertThat(written).isEqualTo(frozenJson(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void a_frozen_json_reads_back_into_an_equal_event(Class<?> type) throws IOException {
        Object read = MAPPER.treeToValue(frozenJson(type), type);

        assertThat(read).isEqualTo(sampleOf(type));
    }

    @Test
    void every_event_type_has_a_sample_and_a_frozen_json() {
        assertThat(eventTypes()).isNotEmpty().allSatisfy(type -> {
            assertThat(SAMPLES).as("sample of %s", type.getSimpleName()).containsKey(type);
            assertThat(EventJsonTest.class.getResource(pathOf(type)))
                    .as("frozen JSON %s; the mapper writes:%n%s", pathOf(type), prettyJsonOf(SAMPLES.get(type)))
                    .isNotNull();
        });
    }

    private static AgreementEvent sampleOf(Class<?> type) {
        AgreementEvent sample = SAMPLES.get(type);
        if (sample == null) {
            fail("no sample of " + type.getSimpleName() + ": add one to SAMPLES and freeze its JSON in " + pathOf(type));
        }
        assertThat(sample).as("sample of %s", type.getSimpleName()).isExactlyInstanceOf(type);
        return sample;
    }

    private static JsonNode frozenJson(Class<?> type) throws IOException {
        try (InputStream stored = EventJsonTest.class.getResourceAsStream(pathOf(type))) {
            if (stored == null) {
                fail("no frozen JSON " + pathOf(type) + "; the mapper writes:\n" + prettyJsonOf(sampleOf(type)));
            }
            return MAPPER.readTree(stored);
        }
    }

    private static String pathOf(Class<?> type) {
        return "/events/" + type.getSimpleName() + ".json";
    }

    private static String prettyJsonOf(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            return "(cannot write " + value + ": " + e.getMessage() + ")";
        }
    }
}

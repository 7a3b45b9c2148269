package com.foretaste.infrastructure.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.json.ForetasteJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: the frozen JSON of each event of a sealed family, in {@code events/<folder>/<EventName>.json}
 * on the test class path, against a sample of each event. A change of shape fails the test that uses it; make it
 * additive, or add a revision and an upcaster. A new event's file is written by running the test once with
 * {@code -Dforetaste.events.write=true}, then read and checked in.
 */
public final class FrozenEventJson {

    private static final ObjectMapper MAPPER = ForetasteJson.eventMapper();

    private final String folder;
    private final Map<Class<?>, ?> samples;

    public FrozenEventJson(String folder, Map<Class<?>, ?> samples) {
        this.folder = folder;
        this.samples = Map.copyOf(samples);
    }

    /** Every event type of the sealed family. */
    public static Stream<Class<?>> eventTypes(Class<?> family) {
        return Arrays.stream(family.getPermittedSubclasses());
    }

    public Object sample(Class<?> type) {
        Object sample = samples.get(type);
        assertThat(sample).as("a sample of " + type.getSimpleName()).isNotNull();
        return sample;
    }

    /** The JSON the event mapper writes for the sample of {@code type}. */
    public JsonNode written(Class<?> type) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(sample(type)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frozen JSON read back as an event of {@code type}. */
    public Object readBack(Class<?> type) throws IOException {
        return MAPPER.treeToValue(frozen(type), type);
    }

    public JsonNode frozen(Class<?> type) throws IOException {
        String name = "events/" + folder + "/" + type.getSimpleName() + ".json";
        if (Boolean.getBoolean("foretaste.events.write")) {
            Path file = Path.of("src", "test", "resources", name);
            if (!Files.exists(file)) {
                Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sample(type)) + "\n");
            }
            return MAPPER.readTree(Files.readString(file));
        }
        try (InputStream in = FrozenEventJson.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name + "; the mapper writes:%n%s",
                    MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sample(type))).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}

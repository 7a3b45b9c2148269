package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.application.audit.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A history for reading: one line an event, with when, on which business date, by whom, what. */
final class Timeline {

    private Timeline() {
    }

    static String of(String aggregateId, List<StoredEvent> events, ObjectMapper json) {
        StringBuilder text = new StringBuilder("History of " + aggregateId + "\n\n");
        text.append(String.format("%-4s %-27s %-12s %-30s %s%n", "seq", "recorded", "business", "by", "what"));
        for (StoredEvent e : events) {
            JsonNode metadata = read(e.metadata(), json);
            String by = metadata.path("principal").asText("?") + " (" + metadata.path("role").asText("-") + ")";
            String what = e.payloadType().substring(e.payloadType().lastIndexOf('$') + 1);
            text.append(String.format("%-4d %-27s %-12s %-30s %s%n", e.sequence(), e.timestamp(),
                    metadata.path("businessDate").asText("-"), by, what));
        }
        return text.toString();
    }

    private static JsonNode read(byte[] bytes, ObjectMapper json) {
        try {
            return bytes == null ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

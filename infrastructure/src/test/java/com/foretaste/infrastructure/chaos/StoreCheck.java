package com.foretaste.infrastructure.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.support.PostgresSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * What the event store holds after the chaos, read directly from its table: each command is found by the
 * event that records it (a proposal by its field of use, a payment by its reference, an acceptance or a
 * purchase by its agreement). An acknowledged command must be there exactly once; one never acknowledged
 * may be there at most once (it may have committed just before its node died).
 */
final class StoreCheck {

    record Findings(long events, long commandEvents, int lost, int doubled, int recordedUnanswered,
                    List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORDING_EVENTS = "SELECT aggregate_identifier, payload_type,"
            + " convert_from(payload, 'UTF8') FROM domain_event_entry WHERE payload_type LIKE '%$AgreementProposed'"
            + " OR payload_type LIKE '%$TrialStarted' OR payload_type LIKE '%$LicencePurchased'"
            + " OR payload_type LIKE '%$PaymentRecorded'";

    private final PostgresSchema schema;

    StoreCheck(PostgresSchema schema) {
        this.schema = schema;
    }

    Findings check(List<SentCommand> commands) throws SQLException {
        Map<String, List<String>> recorded = recordings();
        int lost = 0;
        int doubled = 0;
        int unanswered = 0;
        List<String> problems = new ArrayList<>();
        for (SentCommand command : commands) {
            List<String> found = recorded.getOrDefault(recordingOf(command), List.of());
            if (found.size() > 1) {
                doubled++;
                problems.add("recorded " + found.size() + " times: " + describe(command));
            } else if (command.isAcknowledged() && found.isEmpty()) {
                lost++;
                problems.add("acknowledged, not recorded: " + describe(command));
            } else if (!command.isAcknowledged() && found.size() == 1) {
                unanswered++;
            } else if (command.isAcknowledged() && !found.get(0).equals(command.agreementId)) {
                command.wrong("acknowledged for agreement " + command.agreementId + ", recorded on " + found.get(0));
            }
        }
        long all = scalar("SELECT count(*) FROM domain_event_entry");
        long mine = recorded.values().stream().mapToLong(List::size).sum();
        return new Findings(all, mine, lost, doubled, unanswered, problems);
    }

    /** Waits until every token of every event processor is at the last event stored (read models caught up). */
    void awaitProcessorsAtHead(Duration limit) throws SQLException {
        long head = scalar("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
        await().atMost(limit).pollInterval(Duration.ofMillis(500)).until(() -> lowestTokenPosition() >= head);
    }

    /**
     * The lowest position over all tokens. A token is read from its JSON: its lowest "index" (a replay or a
     * merged token holds several); a token not written yet, or with no index, counts as nowhere.
     */
    private long lowestTokenPosition() throws SQLException {
        long lowest = Long.MAX_VALUE;
        int rows = 0;
        try (Connection c = schema.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT convert_from(token, 'UTF8') FROM token_entry")) {
            while (rs.next()) {
                rows++;
                lowest = Math.min(lowest, position(rs.getString(1)));
            }
        }
        return rows == 0 ? -1 : lowest;
    }

    private static long position(String token) {
        if (token == null) {
            return -1;
        }
        List<JsonNode> indexes = json(token).findValues("index");
        return indexes.isEmpty() ? -1 : indexes.stream().mapToLong(JsonNode::asLong).min().orElse(-1);
    }

    private Map<String, List<String>> recordings() throws SQLException {
        Map<String, List<String>> recorded = new HashMap<>();
        try (Connection c = schema.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(RECORDING_EVENTS)) {
            while (rs.next()) {
                String aggregate = rs.getString(1);
                String type = rs.getString(2).substring(rs.getString(2).lastIndexOf('$') + 1);
                JsonNode payload = json(rs.getString(3));
                String found = switch (type) {
                    case "AgreementProposed" -> payload.findValue("fieldOfUse").asText();
                    case "PaymentRecorded" -> payload.findValue("reference").asText();
                    default -> aggregate;
                };
                recorded.computeIfAbsent(type + "|" + found, k -> new ArrayList<>()).add(aggregate);
            }
        }
        return recorded;
    }

    private static String recordingOf(SentCommand command) {
        return command.kind.event + "|" + (command.mark != null ? command.mark : command.agreementId);
    }

    private static String describe(SentCommand command) {
        return command.kind + " key " + command.key + " " + command.path + " (" + (command.isAcknowledged()
                ? "acknowledged" : "never acknowledged") + ", " + command.attempts + " attempts)";
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = schema.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

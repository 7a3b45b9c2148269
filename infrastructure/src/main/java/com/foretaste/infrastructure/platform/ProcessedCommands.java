package com.foretaste.infrastructure.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The ids of commands that took effect. A command's row is inserted before it runs, in its own
 * transaction: a second run of the same id waits for the first to end, and then finds the row (the
 * first committed: nothing is done again) or inserts it (the first rolled back: nothing was recorded).
 */
@Repository
class ProcessedCommands {

    private final JdbcTemplate jdbc;

    ProcessedCommands(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the id for this transaction; false when a committed command already had it. */
    boolean claim(String commandId, String commandType, Instant now) {
        return jdbc.update("INSERT INTO processed_command (command_id, command_type, processed_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", commandId, commandType, Timestamp.from(now)) == 1;
    }

    void complete(String commandId, CommandOutcome outcome) {
        jdbc.update("UPDATE processed_command SET aggregate_type = ?, aggregate_identifier = ?, version = ?"
                + " WHERE command_id = ?", outcome.aggregateType(), outcome.aggregateId(), outcome.version(), commandId);
    }

    Optional<CommandOutcome> outcome(String commandId) {
        return jdbc.query("SELECT aggregate_type, aggregate_identifier, version FROM processed_command WHERE command_id = ?",
                (rs, i) -> CommandOutcome.repeat(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class)),
                commandId).stream().findFirst();
    }
}

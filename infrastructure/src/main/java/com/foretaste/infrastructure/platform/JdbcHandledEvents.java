package com.foretaste.infrastructure.platform;

import com.foretaste.application.platform.HandledEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * The events each process manager has acted on ({@code process_handled_event}), recorded in the transaction of what
 * it did about them, so that a redelivered event is acted on once; shared by every process manager.
 */
@Component
class JdbcHandledEvents implements HandledEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcHandledEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean firstTime(String process, String eventId) {
        return jdbc.update("INSERT INTO process_handled_event (process, event_id, handled_at) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM process_handled_event WHERE process = ? AND event_id = ?)",
                process, eventId, Timestamp.from(clock.instant()), process, eventId) == 1;
    }
}

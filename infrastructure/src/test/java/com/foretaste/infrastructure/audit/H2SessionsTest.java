package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.audit.TransactionHorizon.Horizon;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded H2 a gap is settled only at a quiet moment: no other session runs a statement or holds
 * uncommitted changes, so every transaction that had started before has ended.
 */
class H2SessionsTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    private final H2Sessions sessions = new H2Sessions();

    @Test
    void a_moment_when_no_other_session_is_busy_ends_every_earlier_transaction() throws SQLException {
        try (Connection reader = DriverManager.getConnection(url, "sa", "")) {
            Horizon first = sessions.now(reader, true);
            assertThat(first.endedBelow()).as("a quiet check ends what started before it").isPositive();
            assertThat(first.startedBelow()).hasValue(first.endedBelow());

            assertThat(sessions.now(reader, false).endedBelow()).isGreaterThan(first.endedBelow());
        }
    }

    @Test
    void an_uncommitted_insert_in_another_session_keeps_every_gap_until_it_ends() throws SQLException {
        try (Connection reader = DriverManager.getConnection(url, "sa", "");
             Connection writer = DriverManager.getConnection(url, "sa", "")) {
            reader.createStatement().execute("CREATE TABLE appended (global_index bigint)");
            writer.setAutoCommit(false);
            writer.createStatement().execute("INSERT INTO appended VALUES (7)");

            Horizon whileOpen = sessions.now(reader, true);
            assertThat(whileOpen.endedBelow()).as("no transaction is known to have ended").isZero();

            writer.rollback();
            assertThat(sessions.now(reader, false).endedBelow()).as("the next check is quiet")
                    .isGreaterThan(whileOpen.startedBelow().orElseThrow());
        }
    }

    @Test
    void a_user_who_cannot_see_the_other_sessions_never_takes_a_moment_for_quiet() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, "sa", "")) {
            admin.createStatement().execute("CREATE USER reader PASSWORD 'secret'");
            try (Connection reader = DriverManager.getConnection(url, "reader", "secret")) {
                assertThat(sessions.now(reader, false).endedBelow()).isZero();
            }
        }
    }
}

package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.support.PostgresSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL's horizon must bound every transaction that already holds an id, including one that took its id
 * after the latest transaction to complete: the snapshot's own {@code xmax} (one past the latest completed
 * transaction) does not, and a gap held by such a transaction was dropped while it still ran.
 */
class PostgresSnapshotsTest {

    private final PostgresSchema schema = PostgresSchema.create();
    private final PostgresSnapshots horizon = new PostgresSnapshots();
    private Connection earlier;
    private Connection holder;
    private Connection reader;

    @BeforeEach
    void connect() throws SQLException {
        earlier = transaction();
        holder = transaction();
        reader = schema.connect();
    }

    @AfterEach
    void close() throws SQLException {
        for (Connection c : new Connection[] {earlier, holder, reader}) {
            c.close();
        }
    }

    @Test
    void a_gap_held_by_a_transaction_younger_than_the_last_to_complete_stays_until_it_ends() throws SQLException {
        // the earlier transaction takes its id first; the holder takes a later id (and would take the gap's
        // index); the earlier one then takes the next index, and commits: a reader now sees that index and a
        // gap below it, while the latest completed transaction is older than the holder
        long earlierId = transactionId(earlier);
        long holderId = transactionId(holder);
        assertThat(holderId).isGreaterThan(earlierId);
        earlier.commit();

        OpenGaps gaps = new OpenGaps();
        TreeSet<Long> seen = new TreeSet<>(List.of(41L));

        assertThat(horizon.now(reader, true).startedBelow().orElseThrow())
                .as("the bound is above every id handed out, the holder's too").isGreaterThan(holderId);
        assertThat(check(gaps, seen)).as("seen while its holder runs").isEmpty();
        assertThat(check(gaps, seen)).as("checked again while its holder runs").isEmpty();

        holder.rollback();
        // other sessions of the server may still run a short transaction that started before the bound
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(check(gaps, seen))
                .as("once its holder has ended").containsExactly(41L));
    }

    /** One check of the reader, as the event store makes it. */
    private Set<Long> check(OpenGaps gaps, TreeSet<Long> seen) throws SQLException {
        return gaps.check(seen, horizon, reader);
    }

    private Connection transaction() throws SQLException {
        Connection c = schema.connect();
        c.setAutoCommit(false);
        return c;
    }

    private static long transactionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_current_xact_id()::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

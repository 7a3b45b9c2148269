package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's horizon, as 64-bit transaction ids that never wrap around: every transaction below the current
 * snapshot's {@code xmin} has ended, and a transaction id taken now, this reader's own ({@code pg_current_xact_id()}),
 * is above every transaction that had an id before: ids are handed out in increasing order.
 * <p>
 * Not the snapshot's {@code xmax} as the upper bound: that is one past the latest <em>completed</em> transaction, and a
 * transaction that took its id after that one and is still running is at or above it, listed nowhere in the snapshot. A
 * gap held by such a transaction would have been settled while its writer still ran (found by the chaos harness: a
 * payment committed milliseconds after its position had been dropped from every token). Taking an id makes the
 * reader's short transaction write (and flush) a commit record, so it is taken only by a check that meets a gap seen
 * for the first time, in the same statement as {@code xmin}.
 */
final class PostgresSnapshots implements TransactionHorizon {

    private static final String ENDED = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
    private static final String ENDED_AND_STARTED = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint,"
            + " pg_current_xact_id()::text::bigint";

    @Override
    public Horizon now(Connection connection, boolean withBound) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(withBound ? ENDED_AND_STARTED : ENDED)) {
            rs.next();
            return Horizon.of(rs.getLong(1), withBound, withBound ? rs.getLong(2) : 0);
        }
    }
}

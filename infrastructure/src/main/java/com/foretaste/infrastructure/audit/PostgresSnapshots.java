package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's horizon, as 64-bit transaction ids that never wrap around: {@code xmin} is the current snapshot's
 * (every transaction below it has ended), and the upper bound is a transaction id taken now, this reader's own
 * ({@code pg_current_xact_id()}): ids are handed out in increasing order, so every transaction that had an id
 * before this call has a lower one.
 * <p>
 * Not the snapshot's {@code xmax}: that is one past the latest <em>completed</em> transaction, and a transaction
 * that took its id after that one and is still running is at or above it, listed nowhere in the snapshot. A gap
 * held by such a transaction would have been settled while its writer still ran (found by the chaos harness:
 * a payment committed milliseconds after its position had been dropped from every token). Taking an id makes
 * the reader's short transaction write a commit record; it happens only for a token that has gaps.
 */
final class PostgresSnapshots implements TransactionHorizon {

    private static final String SNAPSHOT = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint,"
            + " pg_current_xact_id()::text::bigint";

    @Override
    public Horizon now(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(SNAPSHOT)) {
            rs.next();
            return new Horizon(rs.getLong(1), rs.getLong(2));
        }
    }
}

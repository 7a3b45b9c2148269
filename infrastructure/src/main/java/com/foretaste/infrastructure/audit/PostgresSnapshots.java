package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's own horizon: the current snapshot's {@code xmin} (the oldest transaction still running)
 * and {@code xmax} (the first transaction id not yet assigned), as 64-bit ids that never wrap around.
 * Transaction ids are assigned in increasing order, so they order transactions by their start.
 */
final class PostgresSnapshots implements TransactionHorizon {

    private static final String SNAPSHOT = "SELECT pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint"
            + " FROM pg_current_snapshot() s";

    @Override
    public Horizon now(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(SNAPSHOT)) {
            rs.next();
            return new Horizon(rs.getLong(1), rs.getLong(2));
        }
    }
}

package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which transactions of the database have certainly ended, read on the event store's connection, as positions in
 * the order transactions start. A check asks first for {@link #endedBelow}: every transaction below it has ended.
 * Only when it meets a gap it has not seen before does it also ask for {@link #startedBelow}: every transaction that
 * had an id (had started writing) by then is below it. The second answer can cost more than the first (on
 * PostgreSQL it takes a transaction id, so the check's transaction writes a commit record), and a check whose gaps
 * are all known does without it.
 */
interface TransactionHorizon {

    /** A position below which every transaction has ended. */
    long endedBelow(Connection connection) throws SQLException;

    /**
     * A position above every transaction that had an id when this is called; asked after {@link #endedBelow} in the
     * same check.
     */
    long startedBelow(Connection connection) throws SQLException;

    /** The horizon of the database a JDBC URL names: PostgreSQL's snapshots, or H2's sessions for the embedded default. */
    static TransactionHorizon of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgresSnapshots();
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new H2Sessions();
        }
        throw new IllegalStateException("the event store runs on PostgreSQL or H2; no transaction horizon is known for "
                + jdbcUrl.substring(0, Math.min(jdbcUrl.length(), 20)));
    }
}

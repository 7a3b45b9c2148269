package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which transactions of the database have certainly ended, read on the event store's connection. A
 * horizon is a pair of positions in the order transactions start: every transaction below {@code xmin}
 * has ended, and every transaction that had an id (had started writing) when the horizon was taken is below
 * {@code xmax}, an upper bound of the ids handed out so far.
 */
interface TransactionHorizon {

    Horizon now(Connection connection) throws SQLException;

    record Horizon(long xmin, long xmax) {
        public Horizon {
            if (xmin > xmax) {
                throw new IllegalArgumentException("xmin " + xmin + " is above xmax " + xmax);
            }
        }
    }

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

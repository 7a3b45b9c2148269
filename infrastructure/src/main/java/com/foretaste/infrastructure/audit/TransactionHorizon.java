package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Which transactions of the database have certainly ended, read on the event store's connection, as positions in
 * the order transactions start: every transaction below {@code endedBelow} has ended. A check that meets a gap it has
 * not seen before also asks for {@code startedBelow}: every transaction that had an id (had started writing) by then
 * is below it. That second answer can cost more than the first (on PostgreSQL it takes a transaction id, so the
 * check's transaction writes a commit record), and a check whose gaps are all known does without it.
 */
interface TransactionHorizon {

    /** The horizon now, with the bound of started transactions only if {@code withBound}. */
    Horizon now(Connection connection, boolean withBound) throws SQLException;

    record Horizon(long endedBelow, OptionalLong startedBelow) {
        public Horizon {
            if (startedBelow.isPresent() && startedBelow.getAsLong() < endedBelow) {
                throw new IllegalArgumentException("started below " + startedBelow.getAsLong() + " is under ended below "
                        + endedBelow);
            }
        }

        static Horizon of(long endedBelow, boolean withBound, long startedBelow) {
            return new Horizon(endedBelow, withBound ? OptionalLong.of(startedBelow) : OptionalLong.empty());
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

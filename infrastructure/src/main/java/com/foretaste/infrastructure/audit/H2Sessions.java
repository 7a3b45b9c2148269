package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded H2 default has no transaction ids to compare; its horizon counts checks instead. A check
 * at which no other session is running a statement or holds uncommitted changes is a quiet moment: every
 * transaction that had started before it has ended, so a quiet check {@code n} answers {@code n}; any
 * other check knows of no ended transaction and answers {@code 0}. A gap first seen at check {@code k} is
 * bounded by {@code k} and settled at the first quiet check from {@code k} on: the insert that took the
 * gap's index was running a statement, or held its uncommitted row, until its transaction ended.
 * <p>
 * Only an administrator sees the other sessions in {@code INFORMATION_SCHEMA.SESSIONS} (the embedded
 * default connects as {@code sa}); for any other user no moment is taken for quiet.
 */
final class H2Sessions implements TransactionHorizon {

    private static final String OTHERS_BUSY = "SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()"
            + " AND (CONTAINS_UNCOMMITTED OR EXECUTING_STATEMENT IS NOT NULL)";
    private static final String ADMIN = "SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER";

    private final AtomicLong checks = new AtomicLong();
    private volatile Boolean administrator;

    @Override
    public Horizon now(Connection connection, boolean withBound) throws SQLException {
        long check = checks.incrementAndGet();
        return Horizon.of(administrator(connection) && othersIdle(connection) ? check : 0, withBound, check);
    }

    private boolean administrator(Connection connection) throws SQLException {
        if (administrator == null) {
            administrator = isAdministrator(connection);
        }
        return administrator;
    }

    private static boolean othersIdle(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(OTHERS_BUSY)) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    private static boolean isAdministrator(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(ADMIN)) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}

package com.foretaste.infrastructure.audit;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL driver settings for one statement, applied only when the statement is PostgreSQL's (the
 * embedded default runs on H2). The driver is a runtime dependency, so it is reached by name.
 */
final class Postgres {

    private static final Class<?> PG_STATEMENT = pgStatement();

    private Postgres() {
    }

    /**
     * Rows of this statement in the binary format: a prepare threshold below zero makes pgjdbc prepare
     * the statement on the server at its first execution and ask for binary results, so bytea values
     * travel as their bytes (not twice as many hex characters, encoded by the server and decoded here).
     */
    static void binaryTransfer(Statement statement) throws SQLException {
        if (PG_STATEMENT == null || !statement.isWrapperFor(PG_STATEMENT)) {
            return;
        }
        try {
            Method threshold = PG_STATEMENT.getMethod("setPrepareThreshold", int.class);
            threshold.invoke(statement.unwrap(PG_STATEMENT), -1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the PostgreSQL driver no longer has setPrepareThreshold", e);
        }
    }

    private static Class<?> pgStatement() {
        try {
            return Class.forName("org.postgresql.PGStatement", false, Postgres.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            return null;
        }
    }
}

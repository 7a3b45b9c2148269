package com.foretaste.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema for one benchmark on the PostgreSQL the tests use: FORETASTE_TEST_DB_URL (default
 * the local server on 127.0.0.1:5432, database {@code test}), FORETASTE_TEST_DB_USER and
 * FORETASTE_TEST_DB_PASSWORD. The schema is dropped when the benchmark closes it.
 */
final class BenchmarkDatabase implements AutoCloseable {

    static final String SERVER_URL = env("FORETASTE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("FORETASTE_TEST_DB_USER", "postgres");
    static final String PASSWORD = env("FORETASTE_TEST_DB_PASSWORD", "");

    private final String schema;

    private BenchmarkDatabase(String schema) {
        this.schema = schema;
    }

    static BenchmarkDatabase freshSchema(String purpose) {
        BenchmarkDatabase db = new BenchmarkDatabase("ft_bench_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        db.execute("CREATE SCHEMA " + db.schema);
        return db;
    }

    /** The server's version, for the report. */
    static String serverVersion() {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    String url() {
        return SERVER_URL + (SERVER_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String schema() {
        return schema;
    }

    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
    }

    private static IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException("PostgreSQL is not usable at " + SERVER_URL
                + " (set FORETASTE_TEST_DB_URL, FORETASTE_TEST_DB_USER, FORETASTE_TEST_DB_PASSWORD): " + e.getMessage(), e);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

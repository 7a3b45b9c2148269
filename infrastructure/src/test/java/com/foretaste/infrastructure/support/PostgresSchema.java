package com.foretaste.infrastructure.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema in the test PostgreSQL for one Spring context, so test classes never see each
 * other's events. The server is read from FORETASTE_TEST_DB_URL (default: the local PostgreSQL on
 * 127.0.0.1:5432, database {@code test}); schemas are dropped when the test JVM ends.
 */
public final class PostgresSchema {

    public static final String SERVER_URL = env("FORETASTE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("FORETASTE_TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("FORETASTE_TEST_DB_PASSWORD", "");

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    public static PostgresSchema create() {
        dropAbandonedSchemas();
        PostgresSchema schema = new PostgresSchema("ft_test_" + System.currentTimeMillis() / 1000 + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        schema.execute("CREATE SCHEMA " + schema.name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> schema.execute("DROP SCHEMA IF EXISTS " + schema.name + " CASCADE")));
        return schema;
    }

    /**
     * A test JVM that was killed never ran its shutdown hook; its schemas, named with their creation
     * second, are dropped once they are a day old.
     */
    private static synchronized void dropAbandonedSchemas() {
        long dayAgo = System.currentTimeMillis() / 1000 - 86_400;
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ft\\_test\\_%'")) {
            java.util.List<String> abandoned = new java.util.ArrayList<>();
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length != 4 || !parts[2].chars().allMatch(Character::isDigit) || Long.parseLong(parts[2]) < dayAgo) {
                    abandoned.add(rs.getString(1));
                }
            }
            for (String name : abandoned) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests is not reachable at " + SERVER_URL
                    + " (set FORETASTE_TEST_DB_URL): " + e.getMessage(), e);
        }
    }

    public String url() {
        return SERVER_URL + (SERVER_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public String name() {
        return name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests is not reachable at " + SERVER_URL
                    + " (set FORETASTE_TEST_DB_URL): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

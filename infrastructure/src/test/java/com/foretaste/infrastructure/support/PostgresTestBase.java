package com.foretaste.infrastructure.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: one PostgreSQL schema for the test run (migrated by Flyway at
 * start-up, shared by the cached application context), the test users, and real HTTP. Tests make
 * their own agreements and count events per agreement, so they do not depend on each other.
 */
public abstract class PostgresTestBase {

    protected static final PostgresSchema SCHEMA = PostgresSchema.create();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SCHEMA::url);
        registry.add("spring.datasource.username", () -> PostgresSchema.USER);
        registry.add("spring.datasource.password", () -> PostgresSchema.PASSWORD);
        registry.add("spring.flyway.schemas", SCHEMA::name);
        TestUsers.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    protected Api as(String username) {
        return new Api("http://localhost:" + port, username, TestUsers.PASSWORD);
    }

    protected Api anonymous() {
        return new Api("http://localhost:" + port, null, null);
    }

    protected long eventCount(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    protected long allEventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}

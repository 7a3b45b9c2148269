package com.foretaste.infrastructure.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Calls to the running service over real HTTP as the test users, and reads of its tables. */
public abstract class ServiceTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

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

    protected static void register(org.springframework.test.context.DynamicPropertyRegistry registry, PostgresSchema schema) {
        registry.add("spring.datasource.url", schema::url);
        registry.add("spring.datasource.username", () -> PostgresSchema.USER);
        registry.add("spring.datasource.password", () -> PostgresSchema.PASSWORD);
        registry.add("spring.flyway.schemas", schema::name);
        TestUsers.properties().forEach((key, value) -> registry.add(key, () -> value));
    }
}

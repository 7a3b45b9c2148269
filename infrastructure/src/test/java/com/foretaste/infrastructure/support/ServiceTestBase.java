package com.foretaste.infrastructure.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Calls to the running service over real HTTP as the test users, and reads of its tables. */
public abstract class ServiceTestBase {

    /** A password chosen through the API has at least 12 characters (the configured test users' is shorter). */
    private static final String NEW_USER_PASSWORD = "a-new-users-password";

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

    /** An organisation registered by the operator, and the calls of its one user. */
    protected record NewOrganisation(String id, Api api) {
    }

    /**
     * A new organisation of {@code role} named {@code name} plus a random suffix (names are unique), with one user,
     * {@code person}, registered by the operator.
     */
    protected NewOrganisation newOrganisation(String name, String role, String person) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Response registered = as("operator").post("/api/organisations",
                "{\"name\": \"" + name + " " + suffix + "\", \"role\": \"" + role + "\"}");
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String id = registered.json().get("id").asText();
        String user = role.toLowerCase() + "-" + suffix;
        Api.Response added = as("operator").post("/api/organisations/" + id + "/users", "{\"username\": \"" + user
                + "\", \"name\": \"" + person + "\", \"password\": \"" + NEW_USER_PASSWORD + "\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return new NewOrganisation(id, new Api("http://localhost:" + port, user, NEW_USER_PASSWORD));
    }

    /** The platform's business date now. */
    protected LocalDate today() {
        return LocalDate.parse(as("operator").get("/api/business-days/current").json().get("businessDate").asText());
    }

    /** Starts an end-of-day run to {@code date}, waits until it finished and checks it completed; returns the run. */
    protected JsonNode close(LocalDate date) {
        Api.Response r = as("operator").post("/api/business-days/" + date + "/close", null);
        assertThat(r.status()).as(r.text()).isEqualTo(202);
        JsonNode run = finished(r.location());
        assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("COMPLETED");
        return run;
    }

    /** The end-of-day run at {@code runLocation} once it no longer runs. */
    protected JsonNode finished(String runLocation) {
        String path = URI.create(runLocation).getPath();
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(as("operator").get(path).json()
                .get("state").asText()));
        return as("operator").get(path).json();
    }

    protected static void register(org.springframework.test.context.DynamicPropertyRegistry registry, PostgresSchema schema) {
        registry.add("spring.datasource.url", schema::url);
        registry.add("spring.datasource.username", () -> PostgresSchema.USER);
        registry.add("spring.datasource.password", () -> PostgresSchema.PASSWORD);
        registry.add("spring.flyway.schemas", schema::name);
        TestUsers.properties().forEach((key, value) -> registry.add(key, () -> value));
    }
}

package com.foretaste.infrastructure.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresTestBase;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's directory requests, with names fresh for each test so that tests on the shared schema never meet. */
abstract class DirectoryTestBase extends PostgresTestBase {

    static final String NEW_PASSWORD = "a-long-first-password";

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    String registerOrganisation(String name, String role) {
        Response r = as("operator").post("/api/organisations",
                "{\"name\": \"" + name + " " + suffix + "\", \"role\": \"" + role + "\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    String registerUser(String organisation, String username) {
        String name = username + "-" + suffix;
        Response r = as("operator").post("/api/organisations/" + organisation + "/users",
                "{\"username\": \"" + name + "\", \"name\": \"Li Wei\", \"password\": \"" + NEW_PASSWORD + "\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return name;
    }

    Api signedIn(String username) {
        return new Api("http://localhost:" + port, username, NEW_PASSWORD);
    }

    static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    static void assertProblem(Response r, int status, String type, String rule) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("urn:foretaste:problem:" + type);
        if (rule != null) {
            assertThat(r.json().get("rule").asText()).isEqualTo(rule);
        }
    }
}

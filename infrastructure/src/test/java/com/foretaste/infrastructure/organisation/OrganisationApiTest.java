package com.foretaste.infrastructure.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.Proposals;
import org.junit.jupiter.api.Test;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.UNIVERSITY_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator manages organisations, users and auditor assignments, and each change takes effect with the next request. */
@PostgresIntegrationTest
class OrganisationApiTest extends DirectoryTestBase {

    @Test
    void a_registered_user_signs_in_with_the_next_request_and_acts_for_its_organisation() {
        String baoji = registerOrganisation("Baoji University", "LICENSOR");
        String registrar = registerUser(baoji, "registrar");

        Response proposed = signedIn(registrar).post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));

        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        JsonNode agreement = ok(as("qinling").get("/api/agreements/" + proposed.json().get("id").asText()));
        assertThat(agreement.get("licensor").get("id").asText()).isEqualTo(baoji);
        assertThat(agreement.get("licensor").get("name").asText()).startsWith("Baoji University");
    }

    @Test
    void the_register_shows_its_users_and_auditors_and_the_directory_lists_every_organisation() {
        String baoji = registerOrganisation("Baoji University", "LICENSOR");
        String registrar = registerUser(baoji, "registrar");
        String firm = registerOrganisation("Weinan Audit", "AUDITOR");
        as("operator").post("/api/organisations/" + baoji + "/auditor-assignments", "{\"auditor\": \"" + firm + "\"}");

        JsonNode register = ok(as("operator").get("/api/organisations/" + baoji));

        assertThat(register.get("role").asText()).isEqualTo("LICENSOR");
        assertThat(register.get("users").get(0).get("username").asText()).isEqualTo(registrar);
        assertThat(register.get("users").get(0).get("enabled").asBoolean()).isTrue();
        assertThat(register.get("auditors").get(0).get("id").asText()).isEqualTo(firm);
        assertThat(register.get("version").asLong()).isEqualTo(2);
        JsonNode directory = ok(as("university").get("/api/organisations"));
        assertThat(directory.findValuesAsText("id")).contains(baoji, firm, UNIVERSITY_ORG);
    }

    @Test
    void a_disabled_user_is_refused_from_the_next_request_on() {
        String baoji = registerOrganisation("Baoji University", "LICENSOR");
        String registrar = registerUser(baoji, "registrar");
        assertThat(signedIn(registrar).get("/api/agreements").status()).isEqualTo(200);

        JsonNode register = ok(as("operator").post("/api/organisations/" + baoji + "/users/" + registrar + "/disable",
                "{\"reason\": \"left the university\"}"));

        assertThat(register.get("users").get(0).get("enabled").asBoolean()).isFalse();
        assertProblem(signedIn(registrar).get("/api/agreements"), 401, "unauthenticated", null);
    }

    @Test
    void an_assigned_auditor_sees_what_the_audited_organisation_is_party_to_until_unassigned() {
        String agreement = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json()
                .get("id").asText();
        String firm = registerOrganisation("Weinan Audit", "AUDITOR");
        String partner = registerUser(firm, "partner");
        assertThat(signedIn(partner).get("/api/agreements/" + agreement).status()).isEqualTo(404);

        Response assigned = as("operator").post("/api/organisations/" + UNIVERSITY_ORG + "/auditor-assignments",
                "{\"auditor\": \"" + firm + "\"}");
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        assertThat(assigned.location()).endsWith("/api/organisations/" + UNIVERSITY_ORG + "/auditor-assignments/" + firm);
        assertThat(signedIn(partner).get("/api/agreements/" + agreement).status()).isEqualTo(200);

        ok(as("operator").post("/api/organisations/" + UNIVERSITY_ORG + "/auditor-assignments/" + firm + "/revocation", null));
        assertThat(signedIn(partner).get("/api/agreements/" + agreement).status()).isEqualTo(404);
    }

    @Test
    void only_the_operator_manages_the_directory() {
        String baoji = registerOrganisation("Baoji University", "LICENSOR");

        assertProblem(as("university").post("/api/organisations", "{\"name\": \"Mine\", \"role\": \"LICENSEE\"}"),
                403, "forbidden", null);
        assertProblem(as("auditor").post("/api/organisations/" + baoji + "/users",
                "{\"username\": \"x" + suffix + "\", \"name\": \"X\", \"password\": \"" + NEW_PASSWORD + "\"}"),
                403, "forbidden", null);
        assertProblem(as("university").get("/api/organisations/" + baoji), 403, "forbidden", null);
    }

    @Test
    void refusals_name_the_rule_and_change_nothing() {
        String baoji = registerOrganisation("Baoji University", "LICENSOR");
        String users = "/api/organisations/" + baoji + "/users";
        long before = allEventCount();

        assertProblem(as("operator").post(users, "{\"username\": \"short-" + suffix + "\", \"name\": \"Li\","
                + " \"password\": \"demo\"}"), 400, "invalid-input", "password-policy");
        assertProblem(as("operator").post(users, "{\"username\": \"qinling\", \"name\": \"Li\", \"password\": \""
                + NEW_PASSWORD + "\"}"), 409, "not-allowed-in-state", "username-unique");
        assertProblem(as("operator").post(users, "{\"username\": \"x-" + suffix + "\", \"name\": \"Li\", \"password\": \""
                + NEW_PASSWORD + "\", \"role\": \"OPERATOR\"}"), 400, "invalid-input", "user-role-is-organisation-role");
        assertProblem(as("operator").post("/api/organisations/" + baoji + "/auditor-assignments",
                "{\"auditor\": \"" + QINLING_ORG + "\"}"), 400, "invalid-input", "auditor-registered");
        assertProblem(as("operator").post("/api/organisations", "{\"name\": \"Yan'an Tools\", \"role\": \"LICENSEE\","
                + " \"industryCode\": \"C3\"}"), 400, "invalid-input", "industry-code-gb-t-4754");
        assertProblem(as("operator").post("/api/organisations/6f1c2a4e-0999-4000-8000-000000000999/users",
                "{\"username\": \"y-" + suffix + "\", \"name\": \"Li\", \"password\": \"" + NEW_PASSWORD + "\"}"),
                404, "not-found", null);
        assertThat(allEventCount()).isEqualTo(before);
    }
}

package com.foretaste.infrastructure.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.foretaste.infrastructure.support.TestUsers.OPERATOR_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering an organisation and a user and assigning an auditor are events on the organisation's
 * stream, audited like any instrument's; no password is ever part of one, and refused attempts are
 * logged, not recorded.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OrganisationAuditTrailTest extends DirectoryTestBase {

    @Test
    void registering_an_organisation_and_a_user_and_assigning_an_auditor_leave_an_audit_trail() {
        String baoji = registerOrganisation("Baoji University", "LICENSOR");
        String registrar = registerUser(baoji, "registrar");
        String firm = registerOrganisation("Weinan Audit", "AUDITOR");
        String partner = registerUser(firm, "partner");
        as("operator").withHeader("X-Correlation-Id", "audit-mandate-" + suffix)
                .post("/api/organisations/" + baoji + "/auditor-assignments", "{\"auditor\": \"" + firm + "\"}");

        JsonNode trail = ok(signedIn(partner).get("/api/audit/organisations/" + baoji + "?version=2"));

        assertThat(trail.get("type").asText()).isEqualTo("organisations");
        assertThat(trail.get("state").get("users").get(0).get("username").asText()).isEqualTo(registrar);
        assertThat(trail.get("state").get("auditors").get(0).asText()).isEqualTo(firm);
        List<JsonNode> events = List.of(trail.get("events").get(0), trail.get("events").get(1), trail.get("events").get(2));
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("OrganisationRegistered", "UserRegistered", "AuditorAssigned");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("metadata").get("principal").asText()).isEqualTo("operator");
            assertThat(e.get("metadata").get("organisation").asText()).isEqualTo(OPERATOR_ORG);
        });
        assertThat(events.get(2).get("metadata").get("correlationId").asText()).isEqualTo("audit-mandate-" + suffix);

        JsonNode verified = ok(signedIn(partner).post("/api/audit/verification", "{\"aggregateId\": \"" + baoji + "\"}"));
        assertThat(verified.get("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("events").asLong()).isEqualTo(3);
        assertThat(signedIn(registrar).get("/api/audit/organisations/" + baoji + "?version=0").status()).isEqualTo(200);
        assertThat(as("weihe").get("/api/audit/organisations/" + baoji + "?version=0").status()).isEqualTo(404);
    }

    @Test
    void no_password_reaches_an_event_or_a_stored_answer_and_the_hash_is_bcrypt() {
        String baoji = registerOrganisation("Baoji University", "LICENSOR");
        String body = "{\"username\": \"bursar-" + suffix + "\", \"name\": \"Wang Fang\", \"password\": \"" + NEW_PASSWORD + "\"}";
        String users = "/api/organisations/" + baoji + "/users";

        Response first = as("operator").withHeader("Idempotency-Key", "bursar-" + suffix).post(users, body);
        Response repeat = as("operator").withHeader("Idempotency-Key", "bursar-" + suffix).post(users, body);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.text()).isEqualTo(first.text()).doesNotContain(NEW_PASSWORD);
        assertThat(eventCount(baoji)).isEqualTo(2);
        List<String> stored = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') || convert_from(meta_data, 'UTF8')"
                + " FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, baoji);
        assertThat(stored).noneMatch(text -> text.contains(NEW_PASSWORD) || text.contains("bcrypt"));
        assertThat(jdbc.queryForObject("SELECT password_hash FROM user_credential WHERE username = ?", String.class,
                "bursar-" + suffix)).startsWith("{bcrypt}$2");
        byte[] kept = jdbc.queryForObject("SELECT response_body FROM idempotency_record WHERE idempotency_key = ?",
                byte[].class, "bursar-" + suffix);
        assertThat(new String(kept, StandardCharsets.UTF_8)).doesNotContain(NEW_PASSWORD);
    }

    @Test
    void a_denied_attempt_is_logged_with_principal_target_and_correlation_id(CapturedOutput output) {
        long before = allEventCount();

        as("qinling").withHeader("X-Correlation-Id", "probe-" + suffix)
                .post("/api/organisations", "{\"name\": \"Mine\", \"role\": \"LICENSEE\"}");
        anonymous().withHeader("X-Correlation-Id", "guess-" + suffix)
                .withHeader("Authorization", "Basic cXlsaW5nOndyb25n").get("/api/agreements");

        assertThat(output.getOut()).contains("denied 403 forbidden: principal=qinling target=POST /api/organisations"
                + " correlationId=probe-" + suffix);
        assertThat(output.getOut()).contains("denied 401 unauthenticated: principal=anonymous target=GET /api/agreements"
                + " correlationId=guess-" + suffix).contains("credentials for 'qyling'").doesNotContain("qyling:wrong");
        assertThat(allEventCount()).isEqualTo(before);
    }
}

package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.MutableClock;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceTestBase;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import com.foretaste.testinstrument.ExecutePledgeCommand;
import com.foretaste.testinstrument.PledgeCommand;
import com.foretaste.testinstrument.PledgeInstrumentConfiguration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.PASSWORD;
import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.UNIVERSITY_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instrument registered by a test alone (a pledge, com.foretaste.testinstrument) is audited through
 * the same endpoints as agreements: as of a version or an instant, verified, exported and checked offline,
 * and seen only by its parties, their assigned auditor and the operator. The context is this class's
 * alone, so it is closed after it rather than kept (with its connections) while other classes run.
 */
@PostgresIntegrationTest
@Import(PledgeInstrumentConfiguration.class)
@DirtiesContext
class AnyInstrumentAuditTest extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
    }

    @Autowired
    CommandGateway gateway;

    @Autowired
    MutableClock clock;

    @TempDir
    Path dir;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void a_pledge_is_shown_as_of_a_version_and_as_of_an_instant_with_its_own_evolve() {
        Instant made = clock.instant();
        String id = pledgeMadeReaffirmedAndHonoured();

        JsonNode first = ok(as("university").get("/api/audit/pledges/" + id + "?version=0"));
        assertThat(first.get("type").asText()).isEqualTo("pledges");
        assertThat(first.get("id").asText()).isEqualTo(id);
        assertThat(first.get("version").asLong()).isZero();
        assertThat(first.get("state").get("reaffirmations").asInt()).isZero();
        assertThat(first.get("state").has("honouredOn")).isFalse();
        assertThat(first.get("events")).hasSize(1);
        assertThat(first.get("events").get(0).get("type").asText()).isEqualTo("PledgeMade");

        Instant betweenSecondAndThird = made.plus(Duration.ofMinutes(90));
        JsonNode then = ok(as("qinling").get("/api/audit/pledges/" + id + "?at=" + betweenSecondAndThird));
        assertThat(then.get("version").asLong()).isEqualTo(1);
        assertThat(then.get("at").asText()).isEqualTo(betweenSecondAndThird.toString());
        assertThat(then.get("state").get("reaffirmations").asInt()).isEqualTo(1);
        assertThat(then.get("events")).hasSize(2);

        JsonNode last = ok(as("university").get("/api/audit/pledges/" + id + "?version=2"));
        assertThat(last.get("state").get("honouredOn").asText()).isNotBlank();
    }

    @Test
    void a_point_outside_the_pledges_life_is_not_found() {
        Instant made = clock.instant();
        String id = pledgeMadeReaffirmedAndHonoured();

        Response beyond = as("university").get("/api/audit/pledges/" + id + "?version=3");
        assertThat(beyond.status()).isEqualTo(404);
        assertThat(beyond.json().get("detail").asText()).contains("Version 3").contains("does not exist");
        assertThat(as("university").get("/api/audit/pledges/" + id + "?at=" + made.minusSeconds(1)).status())
                .isEqualTo(404);
    }

    @Test
    void a_pledge_verifies_and_its_export_verifies_offline_against_the_root_kept() throws Exception {
        String id = pledgeMadeReaffirmedAndHonoured();

        JsonNode verified = ok(as("auditor").post("/api/audit/verification", "{\"aggregateId\": \"" + id + "\"}"));
        assertThat(verified.get("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("events").asLong()).isEqualTo(3);

        Response digest = as("auditor").post("/api/audit/digests", null);
        assertThat(digest.status()).as(digest.text()).isEqualTo(201);
        Path archive = Files.write(dir.resolve("pledge.zip"), export(id, "auditor"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = OfflineVerifier.run(new String[]{archive.toString(), "--root",
                digest.json().get("root").asText()}, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(exitCode).as(output.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("VERIFIED: 3 events of " + id);
    }

    @Test
    void an_organisation_that_is_no_party_finds_nothing_and_the_assigned_auditor_finds_it() throws Exception {
        String id = pledgeMadeReaffirmedAndHonoured();

        assertThat(as("weihe").get("/api/audit/pledges/" + id + "?version=0").status()).isEqualTo(404);
        assertThat(as("weihe").get("/api/audit/pledges/" + id + "/export").status()).isEqualTo(404);
        assertThat(as("weihe").post("/api/audit/verification", "{\"aggregateId\": \"" + id + "\"}").status())
                .isEqualTo(404);

        assertThat(as("auditor").get("/api/audit/pledges/" + id + "?version=2").status()).isEqualTo(200);
        assertThat(export(id, "auditor")).isNotEmpty();
        assertThat(as("operator").get("/api/audit/pledges/" + id + "?version=2").status()).isEqualTo(200);
    }

    @Test
    void a_pledge_is_found_under_its_own_type_only() {
        String id = pledgeMadeReaffirmedAndHonoured();

        assertThat(as("university").get("/api/audit/agreements/" + id + "?version=0").status()).isEqualTo(404);
        assertThat(as("university").get("/api/audit/guarantees/" + id + "?version=0").status()).isEqualTo(404);
    }

    /** Three events an hour apart: made by the university to Qinling, reaffirmed, honoured. */
    private String pledgeMadeReaffirmedAndHonoured() {
        String id = UUID.randomUUID().toString();
        send(new PledgeCommand.MakePledge(id, OrganisationId.parse(UNIVERSITY_ORG), OrganisationId.parse(QINLING_ORG),
                "a day a month in the university's robotics lab"));
        clock.advance(Duration.ofHours(1));
        send(new PledgeCommand.ReaffirmPledge(id));
        clock.advance(Duration.ofHours(1));
        send(new PledgeCommand.HonourPledge(id));
        clock.advance(Duration.ofHours(1));
        return id;
    }

    private void send(PledgeCommand command) {
        gateway.sendAndWait(new GenericCommandMessage<>(ExecutePledgeCommand.of(command)).andMetaData(Map.of(
                MetadataKeys.PRINCIPAL, "university", MetadataKeys.ORGANISATION, UNIVERSITY_ORG,
                MetadataKeys.ROLE, "LICENSOR")));
    }

    private byte[] export(String id, String user) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/audit/pledges/" + id + "/export"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("pledges-" + id);
        return r.body();
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }
}

package com.foretaste.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Date;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.UNIVERSITY_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in (profile jwt) with real signed tokens of a local identity provider: a valid token
 * acts as its person, organisation and role; an expired, foreign, forged or incomplete one is refused
 * (401 problem document); HTTP Basic stays beside it. The context is this class's alone and is closed after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "jwt"})
@Import(TestClockConfiguration.class)
@DirtiesContext
class JwtSignInTest extends PostgresTestBase {

    private static final TestIdentityProvider IDP = new TestIdentityProvider();
    private static final Instant NOW = TestClockConfiguration.START;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("foretaste.security.jwt.issuer", () -> TestIdentityProvider.ISSUER);
        registry.add("foretaste.security.jwt.jwk-set-uri", IDP::jwkSetUri);
    }

    @Test
    void a_valid_token_acts_as_its_person_for_its_organisation_in_its_role() {
        Api liWei = bearer(IDP.token(NOW, "li.wei", UNIVERSITY_ORG, "LICENSOR"));

        Response proposed = liWei.post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));

        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        JsonNode proposal = liWei.get("/api/agreements/" + proposed.json().get("id").asText() + "/events").json().get(0);
        assertThat(proposal.get("metadata").get("principal").asText()).isEqualTo("li.wei");
        assertThat(proposal.get("metadata").get("organisation").asText()).isEqualTo(UNIVERSITY_ORG);
        assertThat(proposal.get("metadata").get("role").asText()).isEqualTo("LICENSOR");
        assertThat(bearer(IDP.token(NOW, "li.wei", UNIVERSITY_ORG, "LICENSOR"))
                .post("/api/business-days/2026-03-03/close", null).status()).isEqualTo(403);
    }

    @Test
    void an_expired_token_is_refused() {
        String expired = IDP.token(NOW, c -> c.issueTime(Date.from(NOW.minusSeconds(7200)))
                .expirationTime(Date.from(NOW.minusSeconds(600))));
        assertRefused(expired, "expired");
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        assertRefused(IDP.token(NOW, c -> c.issuer("https://elsewhere.example/realms/any")), "iss");
    }

    @Test
    void a_token_signed_with_an_unpublished_key_is_refused() {
        assertRefused(IDP.forged(NOW), "signature");
    }

    @Test
    void a_token_without_an_organisation_or_role_claim_is_refused() {
        assertRefused(IDP.token(NOW, c -> c.claim("org", null)), "org");
        assertRefused(IDP.token(NOW, c -> c.claim("role", null)), "role");
        assertRefused(IDP.token(NOW, c -> c.subject(null)), "sub");
    }

    @Test
    void a_token_for_an_unregistered_organisation_or_for_another_role_than_its_organisations_is_refused() {
        assertRefused(IDP.token(NOW, "li.wei", "6f1c2a4e-0999-4000-8000-000000000999", "LICENSOR"), "not registered");
        assertRefused(IDP.token(NOW, "li.wei", UNIVERSITY_ORG, "OPERATOR"), "not the role");
        assertRefused(IDP.token(NOW, "qinling", UNIVERSITY_ORG, "LICENSOR"), "another organisation");
    }

    @Test
    void http_basic_stays_beside_the_tokens() {
        assertThat(as("university").get("/api/agreements").status()).isEqualTo(200);
        Response none = anonymous().get("/api/agreements");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("type").asText()).isEqualTo("urn:foretaste:problem:unauthenticated");
    }

    private Api bearer(String token) {
        return anonymous().withHeader("Authorization", "Bearer " + token);
    }

    private void assertRefused(String token, String reason) {
        Response r = bearer(token).get("/api/agreements");
        assertThat(r.status()).as(r.text()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("urn:foretaste:problem:unauthenticated");
        assertThat(r.json().get("detail").asText()).containsIgnoringCase(reason);
    }
}

package com.foretaste.infrastructure.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where signed JWTs come from (`foretaste.security.jwt`, profile {@code jwt}): the issuer every token
 * must name, the identity provider's JWK Set that signs them, and optionally the audience a token must
 * be meant for. application-jwt.yml reads them from the environment.
 */
@ConfigurationProperties("foretaste.security.jwt")
public record JwtProperties(String issuer, String jwkSetUri, String audience) {
}

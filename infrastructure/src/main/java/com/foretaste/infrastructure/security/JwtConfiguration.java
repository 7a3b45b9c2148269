package com.foretaste.infrastructure.security;

import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Production sign-in (profile {@code jwt}): bearer tokens signed by the deployment's identity provider,
 * checked against its JWK Set, its issuer, their validity period (on the platform's clock) and, when
 * configured, the audience; each must carry {@code sub} (the person), {@code org} (the organisation id)
 * and {@code role}. HTTP Basic against the directory stays beside it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("jwt")
class JwtConfiguration {

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties, Clock clock) {
        if (isBlank(properties.issuer()) || isBlank(properties.jwkSetUri())) {
            throw new IllegalStateException("the jwt profile needs FORETASTE_JWT_ISSUER and FORETASTE_JWT_JWK_SET_URI");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(timestamps,
                new JwtIssuerValidator(properties.issuer()), required(JwtClaimNames.SUB),
                required(JwtUsers.ORGANISATION_CLAIM), required(JwtUsers.ROLE_CLAIM)));
        if (!isBlank(properties.audience())) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.contains(properties.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    @Bean
    JwtUsers jwtUsers(OrganisationDirectory organisations, UserDirectory users) {
        return new JwtUsers(organisations, users);
    }

    private static OAuth2TokenValidator<Jwt> required(String claim) {
        return new JwtClaimValidator<Object>(claim, value -> value instanceof String text && !text.isBlank());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

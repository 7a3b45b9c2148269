package com.foretaste.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.time.Duration;
import java.util.List;

/**
 * Every API call authenticates (HTTP Basic against the directory; with the {@code jwt} profile also a
 * bearer token of the deployment's identity provider) and each request is open to the roles of
 * docs/security.md's access table; whether the caller's organisation is a party to an instrument is
 * decided by the instrument itself. Auditors write nothing; guarantors and insurers write only to their own
 * instruments.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    Passwords passwords(@Value("${foretaste.security.password-strength:10}") int strength) {
        return new Passwords(strength);
    }

    /** Sign-in checks: bcrypt, with matches remembered for a while (see {@link RememberedMatches}). */
    @Bean
    PasswordEncoder passwordEncoder(Passwords passwords,
                                    @Value("${foretaste.security.remembered-sign-in:PT5M}") Duration rememberedFor) {
        return new RememberedMatches(passwords.encoder(), rememberedFor, 10_000);
    }

    @Bean
    DirectoryUsers directoryUsers(UserDirectory users, OrganisationDirectory organisations, Credentials credentials) {
        return new DirectoryUsers(users, organisations, credentials);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper mapper, ObjectProvider<JwtDecoder> jwtDecoder,
                            ObjectProvider<JwtUsers> jwtUsers,
                            @Value("${foretaste.security.metrics-scrapers:}") List<String> metricsScrapers) throws Exception {
        ProblemResponses problems = new ProblemResponses(mapper);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems.unauthenticated())
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtUsers.getObject())));
        }
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(LoggingContext.opened(), SecurityContextHolderFilter.class)
                .addFilterBefore(LoggingContext.signedIn(), ExceptionTranslationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access(new MetricsScrapers(metricsScrapers))
                        .requestMatchers(HttpMethod.POST, "/api/organisations", "/api/organisations/**").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.GET, "/api/organisations/*").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/agreements").hasRole("LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/withdrawal").hasRole("LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/acceptance").hasRole("LICENSEE")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/trial-extensions").hasRole("LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/trial-findings").hasRole("LICENSEE")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/purchase").hasRole("LICENSEE")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/walk-away").hasRole("LICENSEE")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/payments").hasRole("LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/royalty-reports").hasRole("LICENSEE")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/equity-swaps").hasRole("LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/equity-swaps/*/acceptance").hasRole("LICENSEE")
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/termination").hasAnyRole("LICENSOR", "LICENSEE")
                        .requestMatchers(HttpMethod.POST, "/api/policies").hasRole("INSURER")
                        .requestMatchers(HttpMethod.POST, "/api/policies/*/premium-payments").hasRole("INSURER")
                        .requestMatchers(HttpMethod.POST, "/api/policies/*/cancellation").hasAnyRole("LICENSEE", "LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/policies/*/claims").hasRole("LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/policies/*/claims/*/assessment", "/api/policies/*/claims/*/approval",
                                "/api/policies/*/claims/*/rejection", "/api/policies/*/claims/*/payment",
                                "/api/policies/*/claims/*/recoveries", "/api/policies/*/claims/*/closure").hasRole("INSURER")
                        .requestMatchers(HttpMethod.POST, "/api/guarantees").hasAnyRole("LICENSOR", "LICENSEE", "GUARANTOR")
                        .requestMatchers(HttpMethod.POST, "/api/guarantees/*/calls").hasRole("LICENSOR")
                        .requestMatchers(HttpMethod.POST, "/api/guarantees/*/approval", "/api/guarantees/*/decline",
                                "/api/guarantees/*/fee-payments", "/api/guarantees/*/calls/*/assessment",
                                "/api/guarantees/*/calls/*/honour", "/api/guarantees/*/calls/*/rejection",
                                "/api/guarantees/*/reimbursements", "/api/guarantees/*/reimbursement-returns",
                                "/api/guarantees/*/refunds", "/api/guarantees/*/recoveries", "/api/guarantees/*/write-off")
                        .hasRole("GUARANTOR")
                        .requestMatchers(HttpMethod.GET, "/api/guarantors/*/exposure").hasAnyRole("GUARANTOR", "OPERATOR", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/claims", "/api/insurers/*/summary")
                        .hasAnyRole("INSURER", "OPERATOR", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/business-days/*/close").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/business-days/failures/*/retry").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/business-days/failures/*/resolution").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.GET, "/api/business-days/runs/**", "/api/business-days/failures")
                        .hasAnyRole("OPERATOR", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/audit/projections/rebuild").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.GET, "/api/read-models/*/dead-letters").hasAnyRole("OPERATOR", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/read-models/*/dead-letters/retry").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/audit/digests").hasAnyRole("AUDITOR", "OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/audit/verification").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/audit/digests/**").hasAnyRole("AUDITOR", "OPERATOR")
                        .requestMatchers(HttpMethod.GET, "/api/portfolio").hasAnyRole("LICENSOR", "OPERATOR", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().denyAll())
                .build();
    }
}

package com.foretaste.infrastructure.security;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.List;
import java.util.function.Supplier;

/**
 * Who may read {@code /actuator/prometheus}: a scraper from one of the configured networks
 * ({@code foretaste.security.metrics-scrapers}, addresses or CIDR ranges; loopback by default) with no
 * user at all, as a Prometheus server scrapes, or a signed-in operator from anywhere. The meters name
 * commands, rules and processors, never an instrument, a party or an amount, but they do show the
 * platform's activity, so they are not public.
 */
final class MetricsScrapers implements AuthorizationManager<RequestAuthorizationContext> {

    private final List<IpAddressMatcher> networks;
    private final AuthorityAuthorizationManager<RequestAuthorizationContext> operator =
            AuthorityAuthorizationManager.hasRole("OPERATOR");

    MetricsScrapers(List<String> networks) {
        this.networks = networks.stream().map(String::trim).filter(n -> !n.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    @Override
    @SuppressWarnings("deprecation") // check(..) is what AuthorityAuthorizationManager offers in Spring Security 6.5 besides authorize(..)
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        String address = context.getRequest().getRemoteAddr();
        if (networks.stream().anyMatch(n -> n.matches(address))) {
            return new AuthorizationDecision(true);
        }
        return operator.check(authentication, context);
    }
}

package com.foretaste.infrastructure.security;

import com.foretaste.infrastructure.logging.DeniedAccess;
import com.foretaste.infrastructure.web.CommandSender;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

/**
 * Puts the correlation id (the caller's well-formed X-Correlation-Id) and the principal into the
 * logging context (MDC) of every request: the first filter runs before sign-in and clears both when
 * the request ends; the second names the principal once sign-in succeeded. Every log line of the
 * request, refusals included, then says who and in answer to what.
 */
final class LoggingContext {

    private LoggingContext() {
    }

    static Filter opened() {
        return (request, response, chain) -> {
            // the filter that refuses a malformed header runs later; logging must not be the one to fail
            MDC.put(DeniedAccess.CORRELATION_ID, CommandSender.correlationForLogs((HttpServletRequest) request));
            MDC.put(DeniedAccess.PRINCIPAL, DeniedAccess.ANONYMOUS);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(DeniedAccess.CORRELATION_ID);
                MDC.remove(DeniedAccess.PRINCIPAL);
            }
        };
    }

    static Filter signedIn() {
        return (request, response, chain) -> {
            CurrentUser.get().ifPresent(user -> MDC.put(DeniedAccess.PRINCIPAL, user.getUsername()));
            chain.doFilter(request, response);
        };
    }
}

package com.foretaste.infrastructure.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The log of refused attempts (logger {@code foretaste.access}): who tried (the principal, or the
 * username claimed), what it reached for, and the request's correlation id, from the logging context
 * that every request carries. Refusals are logged, never recorded as domain events: an attempt changes
 * nothing, and the event store holds only what happened to instruments.
 */
public final class DeniedAccess {

    /** Logging-context (MDC) keys: the signed-in principal ("anonymous" before sign-in) and the correlation id. */
    public static final String PRINCIPAL = "principal";
    public static final String CORRELATION_ID = "correlationId";
    public static final String ANONYMOUS = "anonymous";

    private static final Logger LOG = LoggerFactory.getLogger("foretaste.access");

    private DeniedAccess() {
    }

    /** @param refusal what the caller was answered, e.g. "401 unauthenticated"; @param target what it reached for */
    public static void log(String refusal, String target, String reason) {
        LOG.warn("denied {}: principal={} target={} correlationId={} reason={}", refusal,
                orDash(MDC.get(PRINCIPAL)), target, orDash(MDC.get(CORRELATION_ID)), reason);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}

package com.foretaste.infrastructure.logging;

import com.foretaste.infrastructure.axon.MetadataKeys;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import java.util.Map;

/**
 * Puts the correlation id and the principal a message carries in its metadata into the logging context
 * (MDC) while a handler works on it, and puts back what was there before: every log line of a command
 * handler, an event handler, a read model or a process manager then says in answer to what and for whom,
 * as the lines of an HTTP request do ({@code security/LoggingContext}). Registered on the command bus and
 * on every event processor; a process manager's command, sent from an event handler, carries the same
 * correlation id on, so one id follows a request through everything it causes.
 */
public final class MessageLoggingContext implements MessageHandlerInterceptor<Message<?>> {

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Map<String, ?> metadata = unitOfWork.getMessage().getMetaData();
        String correlationBefore = MDC.get(DeniedAccess.CORRELATION_ID);
        String principalBefore = MDC.get(DeniedAccess.PRINCIPAL);
        put(DeniedAccess.CORRELATION_ID, metadata.get(MetadataKeys.CORRELATION_ID));
        put(DeniedAccess.PRINCIPAL, metadata.get(MetadataKeys.PRINCIPAL));
        try {
            return chain.proceed();
        } finally {
            restore(DeniedAccess.CORRELATION_ID, correlationBefore);
            restore(DeniedAccess.PRINCIPAL, principalBefore);
        }
    }

    /** A message without the key keeps what the thread had (an HTTP request's values, say). */
    private static void put(String key, Object value) {
        if (value != null) {
            MDC.put(key, value.toString());
        }
    }

    private static void restore(String key, String before) {
        if (before == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, before);
        }
    }

    /** Runs {@code work} with this correlation id and principal in the logging context, then puts back what was there. */
    public static void with(String correlationId, String principal, Runnable work) {
        String correlationBefore = MDC.get(DeniedAccess.CORRELATION_ID);
        String principalBefore = MDC.get(DeniedAccess.PRINCIPAL);
        MDC.put(DeniedAccess.CORRELATION_ID, correlationId == null ? "-" : correlationId);
        MDC.put(DeniedAccess.PRINCIPAL, principal);
        try {
            work.run();
        } finally {
            restore(DeniedAccess.CORRELATION_ID, correlationBefore);
            restore(DeniedAccess.PRINCIPAL, principalBefore);
        }
    }
}

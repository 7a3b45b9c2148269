package com.foretaste.infrastructure.logging;

import com.foretaste.infrastructure.axon.MetadataKeys;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A handler logs with the correlation id and principal of the message it handles; the thread's own come back after. */
class MessageLoggingContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_handler_logs_with_the_correlation_id_and_principal_its_message_carries() throws Exception {
        Map<String, String> seen = handle(event(MetaData.with(MetadataKeys.CORRELATION_ID, "request-7")
                .and(MetadataKeys.PRINCIPAL, "university")));

        assertThat(seen).containsEntry(DeniedAccess.CORRELATION_ID, "request-7")
                .containsEntry(DeniedAccess.PRINCIPAL, "university");
    }

    @Test
    void what_the_thread_logged_with_before_comes_back_after_the_handler() throws Exception {
        MDC.put(DeniedAccess.CORRELATION_ID, "http-request");
        MDC.put(DeniedAccess.PRINCIPAL, "operator");

        handle(event(MetaData.with(MetadataKeys.CORRELATION_ID, "run-3").and(MetadataKeys.PRINCIPAL, "system")));

        assertThat(MDC.get(DeniedAccess.CORRELATION_ID)).isEqualTo("http-request");
        assertThat(MDC.get(DeniedAccess.PRINCIPAL)).isEqualTo("operator");
    }

    @Test
    void a_thread_of_a_processor_keeps_no_values_after_the_handler_even_when_it_fails() {
        EventMessage<?> event = event(MetaData.with(MetadataKeys.CORRELATION_ID, "run-3"));
        UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        try {
            assertThatThrownBy(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(new MessageLoggingContext()),
                    message -> {
                        throw new IllegalStateException("the handler fails");
                    }).proceed()).hasMessage("the handler fails");
        } finally {
            unitOfWork.rollback();
        }

        assertThat(MDC.get(DeniedAccess.CORRELATION_ID)).isNull();
        assertThat(MDC.get(DeniedAccess.PRINCIPAL)).isNull();
    }

    @Test
    void a_message_without_them_keeps_the_values_of_the_thread() throws Exception {
        MDC.put(DeniedAccess.CORRELATION_ID, "http-request");

        Map<String, String> seen = handle(event(MetaData.emptyInstance()));

        assertThat(seen).containsEntry(DeniedAccess.CORRELATION_ID, "http-request");
    }

    @Test
    void work_outside_any_message_logs_with_the_values_it_is_given() {
        AtomicReference<String> seen = new AtomicReference<>();

        MessageLoggingContext.with("eod-run", "system", () -> seen.set(MDC.get(DeniedAccess.CORRELATION_ID)));

        assertThat(seen).hasValue("eod-run");
        assertThat(MDC.get(DeniedAccess.CORRELATION_ID)).isNull();
    }

    private static EventMessage<?> event(MetaData metadata) {
        return GenericEventMessage.asEventMessage("an event").andMetaData(metadata);
    }

    private static Map<String, String> handle(EventMessage<?> event) throws Exception {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        try {
            new DefaultInterceptorChain<>(unitOfWork, List.of(new MessageLoggingContext()), message -> {
                seen.set(MDC.getCopyOfContextMap());
                return null;
            }).proceed();
        } finally {
            unitOfWork.commit();
        }
        return seen.get();
    }
}

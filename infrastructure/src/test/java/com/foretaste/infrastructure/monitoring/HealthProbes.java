package com.foretaste.infrastructure.monitoring;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.logging.DeniedAccess;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.slf4j.MDC;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults and observers for {@link HealthIndicatorsApiTest}: a read model of its own that fails while told
 * to, a read model that records what the logging context holds while it handles an event, and end-of-day
 * visits that wait until released, as a stuck run would.
 */
@TestConfiguration(proxyBeanMethods = false)
class HealthProbes {

    static final String FAILING_GROUP = "test-failing-read-model";
    static final AtomicBoolean FAILING = new AtomicBoolean();
    /** correlation id of the event -> "correlationId principal" as the logging context held them in the handler. */
    static final Map<String, String> LOGGED_WITH = new ConcurrentHashMap<>();
    static final AtomicReference<CountDownLatch> VISITS_WAIT = new AtomicReference<>();

    @Bean
    FailingReadModel failingReadModel() {
        return new FailingReadModel();
    }

    @Bean
    LoggingContextRecorder loggingContextRecorder() {
        return new LoggingContextRecorder();
    }

    @Bean
    StalledVisits stalledVisits(CommandBus bus) {
        return new StalledVisits(bus);
    }

    @ProcessingGroup(FAILING_GROUP)
    static class FailingReadModel {
        @EventHandler
        void on(AgreementEvent event) {
            if (FAILING.get()) {
                throw new IllegalStateException("the test read model fails on " + event.getClass().getSimpleName());
            }
        }
    }

    @ProcessingGroup("test-logging-context")
    static class LoggingContextRecorder {
        @EventHandler
        void on(AgreementEvent event, @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlationId) {
            LOGGED_WITH.put(correlationId, MDC.get(DeniedAccess.CORRELATION_ID) + " " + MDC.get(DeniedAccess.PRINCIPAL));
        }
    }

    /** End-of-day visits of agreements wait while a latch is set, holding the run as a stalled node would. */
    static class StalledVisits {
        StalledVisits(CommandBus bus) {
            bus.registerHandlerInterceptor((unitOfWork, chain) -> {
                CountDownLatch wait = VISITS_WAIT.get();
                if (wait != null && unitOfWork.getMessage().getPayload() instanceof ExecuteAgreementCommand envelope
                        && envelope.command() instanceof ObserveBusinessDate) {
                    wait.await();
                }
                return chain.proceed();
            });
        }
    }
}

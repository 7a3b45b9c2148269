package com.foretaste.infrastructure.monitoring;

import com.foretaste.infrastructure.audit.ProjectionRebuild;
import com.foretaste.infrastructure.logging.MessageLoggingContext;
import com.foretaste.infrastructure.readmodel.DeadLetters;
import com.foretaste.infrastructure.readmodel.ProcessorNodes;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * What an operator watches (docs/operations.md, "Metrics, health and alerts"): commands timed by type
 * and outcome, read-model lag per processor and segment, the health of the processors, and the
 * correlation id and principal of each message in the logs of whatever handles it.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    SmartInitializingSingleton commandMonitoring(CommandBus commandBus, MeterRegistry registry) {
        return () -> {
            commandBus.registerHandlerInterceptor(new MessageLoggingContext());
            commandBus.registerHandlerInterceptor(new CommandMetrics(registry));
        };
    }

    /** Event handlers (read models, process managers) log with the correlation id and principal of their event. */
    @Bean
    ConfigurerModule eventsLogTheirCorrelation() {
        MessageLoggingContext context = new MessageLoggingContext();
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((c, processor) -> context);
    }

    @Bean
    ProcessorPositions processorPositions(JdbcTemplate jdbc, Serializer serializer) {
        return new ProcessorPositions(jdbc, serializer);
    }

    @Bean
    ReadModelLagMeters readModelLagMeters(ProcessorPositions positions) {
        return new ReadModelLagMeters(positions);
    }

    @Bean
    HealthMeters healthMeters(ObjectProvider<HealthEndpoint> health) {
        return new HealthMeters(health);
    }

    /**
     * The one health component of the read models and process managers: the bean's name, less its
     * {@code HealthIndicator} suffix, names it {@code readModels}, which alert rules and docs use.
     */
    @Bean
    ReadModelProcessorsHealth readModelsHealthIndicator(EventProcessingConfiguration processing, ProjectionRebuild rebuild,
            ProcessorPositions positions,
            @Value("${foretaste.monitoring.processor-stalled-after:PT5M}") Duration stalledAfter,
            DeadLetters letters, ProcessorNodes nodes) {
        return new ReadModelProcessorsHealth(processing, rebuild, positions, stalledAfter, letters, nodes);
    }
}

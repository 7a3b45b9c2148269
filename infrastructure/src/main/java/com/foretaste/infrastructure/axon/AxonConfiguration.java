package com.foretaste.infrastructure.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.infrastructure.json.ForetasteJson;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Axon without Axon Server: events in our own JDBC tables (created by Flyway, named in snake case),
 * serialized with Jackson through {@link ForetasteJson}; metadata stamped on every command and
 * carried to every event; snapshots of agreements every {@value #SNAPSHOT_EVERY} events.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final int SNAPSHOT_EVERY = 50;

    /** Axon's JacksonSerializer looks this bean up by name for events, messages and snapshots. */
    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return ForetasteJson.eventMapper();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema(@Value("${spring.datasource.url}") String url) {
        SagaSchema schema = SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build();
        return url.startsWith("jdbc:postgresql:") ? new PostgresSagaSqlSchema(schema) : new GenericSagaSqlSchema(schema);
    }

    /**
     * Recognises a unique-key violation (SQLSTATE 23505 on PostgreSQL and H2) as two writers of one
     * stream, so Axon reports a concurrency conflict (409) instead of a storage failure. Axon's JDBC
     * default only knows SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    CorrelationDataProvider causationCorrelationDataProvider() {
        return new CausationCorrelationDataProvider();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, PlatformCalendar calendar, Clock clock) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(new CommandMetadataInterceptor(calendar, clock))
                .build();
    }

    /**
     * A read model that fails on an event stops and retries it (with back-off) instead of logging and
     * moving on: a skipped event would leave the read model wrong without anyone noticing.
     */
    @Bean
    ConfigurerModule readModelsNeverSkipEvents() {
        return configurer -> configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(
                c -> PropagatingErrorHandler.instance());
    }

    @Bean
    SnapshotTriggerDefinition agreementSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }
}

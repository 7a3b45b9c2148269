package com.foretaste.infrastructure.audit;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event store as its auto-configuration builds it, except that appending also writes
 * each event's chained hash (tamper evidence, docs/audit.md), and that readers never pass a position
 * that may still be committed (docs/adr/0013-reading-the-event-store-in-commit-order.md).
 */
@Configuration(proxyBeanMethods = false)
class ChainedEventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          @Value("${spring.datasource.url}") String url) {
        return CommitAwareEventStorageEngine.build(chainedAppends(defaultSerializer, eventSerializer,
                persistenceExceptionResolver, configuration, connectionProvider, eventSchema), transactionManager,
                TransactionHorizon.of(url), new OpenGaps());
    }

    /** Axon's JDBC engine with its auto-configuration's settings, appending each event's chained hash. */
    static JdbcEventStorageEngine.Builder chainedAppends(Serializer defaultSerializer, Serializer eventSerializer,
                                                        PersistenceExceptionResolver persistenceExceptionResolver,
                                                        org.axonframework.config.Configuration configuration,
                                                        ConnectionProvider connectionProvider, EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .schema(eventSchema)
                .appendEvents(new ChainedAppendEvents());
    }
}

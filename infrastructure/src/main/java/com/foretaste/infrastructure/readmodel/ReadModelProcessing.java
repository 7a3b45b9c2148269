package com.foretaste.infrastructure.readmodel;

import com.foretaste.infrastructure.time.WallClock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.util.Optional;

/**
 * The settings of the event processors that application.yml cannot express, in one place (docs/operations.md,
 * "Several nodes" and "Dead letters"):
 * <ul>
 * <li>claims: every node's token claims carry its own id, expire after {@code claim-timeout} when not extended, and
 * are extended every second, so a dead node's segments pass to the others within seconds; pooled processors time
 * their claims and back-offs by the {@link WallClock}, not by the platform's clock that tests stop;</li>
 * <li>sharing: a pooled processor holds at most its node's fair share of segments ({@link ProcessorNodes});</li>
 * <li>poison events: processors with {@code dlq.enabled} retry a failing event in isolation
 * ({@link IsolatedRetries}) and then park it ({@link ParkingPolicy}) in {@code dead_letter_entry}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ReadModelProcessing {

    /**
     * A segment stores its position when it handles a batch of its own events; while the events go to the other
     * segments, it stores how far it has read only when it extends its claim (every five seconds by Axon's
     * default). Once a second keeps the stored position (which operators and the benchmarks read as the lag) within
     * a second of what the segment has read, and keeps the claim alive well inside the claim timeout.
     */
    static final long CLAIM_EXTENSION_MILLIS = 1_000;

    @Bean
    ProcessorNodes processorNodes(JdbcTemplate jdbc, ObjectProvider<EventProcessingConfiguration> processing,
                                  WallClock wall,
                                  @Value("${foretaste.read-models.node-beat:1s}") Duration beat,
                                  @Value("${foretaste.read-models.node-expiry:5s}") Duration expiry) {
        return new ProcessorNodes(jdbc, processing, wall.clock(), beat, expiry);
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          ProcessorNodes nodes,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder().connectionProvider(connections).schema(schema).serializer(serializer)
                .claimTimeout(claimTimeout).nodeId(nodes.nodeId()).build();
    }

    /**
     * Parked letters are kept whatever the number of failed retries ({@link ParkingPolicy}); a reset (the rebuild
     * of a read model) empties its queue, since the replay handles every event again; each segment remembers which
     * aggregates have no letter, so that most events cost no query of the queue.
     */
    @Bean
    ConfigurerModule pooledProcessorsShareSegmentsAndParkPoisonEvents(ProcessorNodes nodes,
                                                                      EventProcessorProperties processors,
                                                                      WallClock wall) {
        return configurer -> {
            configurer.eventProcessing()
                    .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                            .clock(wall.clock())
                            .claimExtensionThreshold(CLAIM_EXTENSION_MILLIS)
                            .maxSegmentProvider(nodes))
                    .registerDefaultDeadLetterPolicy(configuration -> new ParkingPolicy());
            processors.getProcessors().forEach((name, settings) -> {
                if (settings.getDlq().isEnabled()) {
                    configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(name,
                            (configuration, builder) -> builder.allowReset(true).enableSequenceIdentifierCache());
                }
            });
        };
    }

    @Bean
    IsolatedRetries isolatedRetries(EventProcessorProperties processors, PlatformTransactionManager transactions,
                                    @Value("${foretaste.read-models.retry.attempts:3}") int attempts,
                                    @Value("${foretaste.read-models.retry.backoff:200ms}") Duration backoff) {
        return new IsolatedRetries(group -> Optional.ofNullable(processors.getProcessors().get(group))
                .map(settings -> settings.getDlq().isEnabled()).orElse(false), transactions, attempts, backoff);
    }

    /** Axon's dead-letter table, in our snake-case names (V11). */
    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}

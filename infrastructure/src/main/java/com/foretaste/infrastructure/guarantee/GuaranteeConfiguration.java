package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.guarantee.GuaranteeFollowingProcess;
import com.foretaste.infrastructure.platform.ReadModel;
import com.foretaste.infrastructure.platform.ReadModel.Table;
import com.foretaste.infrastructure.platform.VerifiedAggregateCache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The guarantee shell's cache, the process manager wired to its ports, and the guarantee read models, registered so
 * that the platform can rebuild them.
 */
@Configuration(proxyBeanMethods = false)
class GuaranteeConfiguration {

    /** Named by {@code @Aggregate(cache = ...)} on {@link GuaranteeAggregate}. */
    @Bean
    Cache guaranteeCache(JdbcTemplate jdbc, @Value("${foretaste.aggregate-cache.guarantees:10000}") long size) {
        return new VerifiedAggregateCache(jdbc, size);
    }

    @Bean
    GuaranteeFollowingProcess guaranteeFollowingProcess(JdbcTemplate jdbc, EventStore eventStore, Clock clock,
                                                        CommandGateway gateway) {
        return new GuaranteeFollowingProcess(GuaranteeProcessPorts.following(jdbc), GuaranteeProcessPorts.figures(eventStore),
                (process, eventId) -> jdbc.update("INSERT INTO process_handled_event (process, event_id, handled_at)"
                        + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM process_handled_event WHERE process = ?"
                        + " AND event_id = ?)", process, eventId, Timestamp.from(clock.instant()), process, eventId) == 1,
                GuaranteeProcessPorts.commands(gateway));
    }

    @Bean
    ReadModel guaranteeReadModel() {
        return new ReadModel(GuaranteeProjection.PROCESSING_GROUP, List.of(
                new Table("guarantee_summary", "guarantee_id"),
                new Table("guarantee_movement", "guarantee_id, sequence, kind")));
    }
}

package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.guarantee.GuaranteeFollowingProcess;
import com.foretaste.application.guarantee.GuaranteedAgreements;
import com.foretaste.application.platform.HandledEvents;
import com.foretaste.application.licensing.AgreementStates;
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
    GuaranteeFollowingProcess guaranteeFollowingProcess(JdbcTemplate jdbc, AgreementStates agreements,
                                                        EventStore eventStore, HandledEvents handled,
                                                        CommandGateway gateway) {
        return new GuaranteeFollowingProcess(GuaranteeProcessPorts.following(jdbc),
                GuaranteeProcessPorts.figures(agreements, eventStore), handled, GuaranteeProcessPorts.commands(gateway));
    }

    /** The agreement a guarantee is requested for, on the business date. */
    @Bean
    GuaranteedAgreements guaranteedAgreements(AgreementStates agreements, PlatformCalendar calendar) {
        return id -> GuaranteedAgreements.of(id, agreements.current(id), calendar.today());
    }

    @Bean
    ReadModel guaranteeReadModel() {
        return new ReadModel(GuaranteeProjection.PROCESSING_GROUP, List.of(
                new Table("guarantee_summary", "guarantee_id"),
                new Table("guarantee_movement", "guarantee_id, sequence, kind")));
    }
}

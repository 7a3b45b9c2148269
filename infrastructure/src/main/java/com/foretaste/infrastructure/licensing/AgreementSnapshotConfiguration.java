package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.axon.CurrentRevisionSnapshotFilter;
import com.foretaste.infrastructure.platform.VerifiedAggregateCache;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agreements are restored only from snapshots of their current revision (docs/adr/0007), and kept in
 * memory between commands while their stream has not moved on (see {@link VerifiedAggregateCache}).
 */
@Configuration(proxyBeanMethods = false)
class AgreementSnapshotConfiguration {

    /** Named by {@code @Aggregate(snapshotFilter = ...)} on {@link AgreementAggregate}. */
    @Bean
    SnapshotFilter agreementSnapshotFilter() {
        return CurrentRevisionSnapshotFilter.of(AgreementAggregate.class);
    }

    /** Named by {@code @Aggregate(cache = ...)} on {@link AgreementAggregate}. */
    @Bean
    Cache agreementCache(JdbcTemplate jdbc, @Value("${foretaste.aggregate-cache.agreements:10000}") long size) {
        return new VerifiedAggregateCache(jdbc, size);
    }
}

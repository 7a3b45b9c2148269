package com.foretaste.infrastructure.guarantee;

import com.foretaste.infrastructure.platform.ReadModel;
import com.foretaste.infrastructure.platform.ReadModel.Table;
import com.foretaste.infrastructure.platform.VerifiedAggregateCache;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The guarantee shell's cache and the guarantee read models, registered so that the platform can rebuild them. */
@Configuration(proxyBeanMethods = false)
class GuaranteeConfiguration {

    /** Named by {@code @Aggregate(cache = ...)} on {@link GuaranteeAggregate}. */
    @Bean
    Cache guaranteeCache(JdbcTemplate jdbc, @Value("${foretaste.aggregate-cache.guarantees:10000}") long size) {
        return new VerifiedAggregateCache(jdbc, size);
    }

    @Bean
    ReadModel guaranteeReadModel() {
        return new ReadModel(GuaranteeProjection.PROCESSING_GROUP, List.of(
                new Table("guarantee_summary", "guarantee_id"),
                new Table("guarantee_movement", "guarantee_id, sequence, kind")));
    }
}

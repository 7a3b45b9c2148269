package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.PolicyClaimsProcess;
import com.foretaste.application.insurance.SubsidyRules;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.infrastructure.platform.VerifiedAggregateCache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The application's insurance classes, wired to their ports. */
@Configuration(proxyBeanMethods = false)
class InsuranceConfiguration {

    /** Named by {@code @Aggregate(cache = ...)} on {@link PolicyAggregate}. */
    @Bean
    Cache policyCache(JdbcTemplate jdbc, @Value("${foretaste.aggregate-cache.policies:10000}") long size) {
        return new VerifiedAggregateCache(jdbc, size);
    }

    @Bean
    SubsidyRules subsidyRules(OrganisationDirectory directory) {
        return new SubsidyRules(directory);
    }

    @Bean
    PolicyClaimsProcess policyClaimsProcess(JdbcTemplate jdbc, Clock clock, CommandGateway gateway) {
        return new PolicyClaimsProcess(ProcessPorts.coverage(jdbc), ProcessPorts.handled(jdbc, clock),
                ProcessPorts.commands(gateway));
    }
}

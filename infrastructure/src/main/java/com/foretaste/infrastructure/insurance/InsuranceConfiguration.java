package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.CoveredAgreements;
import com.foretaste.application.platform.HandledEvents;
import com.foretaste.application.insurance.PolicyClaimsProcess;
import com.foretaste.application.insurance.SubsidyRules;
import com.foretaste.application.licensing.AgreementStates;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.infrastructure.platform.VerifiedAggregateCache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's insurance classes, wired to their ports. */
@Configuration(proxyBeanMethods = false)
class InsuranceConfiguration {

    /** Named by {@code @Aggregate(cache = ...)} on {@link PolicyAggregate}. */
    @Bean
    Cache policyCache(JdbcTemplate jdbc, @Value("${foretaste.aggregate-cache.policies:10000}") long size) {
        return new VerifiedAggregateCache(jdbc, size);
    }

    /** The agreement a quote covers, as its events leave it. */
    @Bean
    CoveredAgreements coveredAgreements(AgreementStates agreements) {
        return id -> CoveredAgreements.of(id, agreements.current(id));
    }

    @Bean
    SubsidyRules subsidyRules(OrganisationDirectory directory) {
        return new SubsidyRules(directory);
    }

    @Bean
    PolicyClaimsProcess policyClaimsProcess(JdbcTemplate jdbc, HandledEvents handled, CommandGateway gateway) {
        return new PolicyClaimsProcess(ProcessPorts.coverage(jdbc), handled, ProcessPorts.commands(gateway));
    }
}

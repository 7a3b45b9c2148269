package com.foretaste.infrastructure.insurance;

import com.foretaste.infrastructure.platform.ReadModel;
import com.foretaste.infrastructure.platform.ReadModel.Table;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The read models of insurance, registered so that the platform can rebuild and compare them. */
@Configuration(proxyBeanMethods = false)
class InsuranceReadModels {

    @Bean
    ReadModel insuranceReadModel() {
        return new ReadModel(InsuranceProjection.PROCESSING_GROUP, List.of(
                new Table("policy_summary", "policy_id"),
                new Table("claim_queue", "claim_id"),
                new Table("claim_movement", "policy_id, sequence, kind")));
    }
}

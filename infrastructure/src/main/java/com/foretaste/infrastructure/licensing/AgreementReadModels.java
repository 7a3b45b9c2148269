package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.platform.ReadModel;
import com.foretaste.infrastructure.platform.ReadModel.Table;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The read models of agreements, registered so that the platform can rebuild and compare them. The settings
 * of their processor are in application.yml and readmodel.ReadModelProcessing.
 */
@Configuration(proxyBeanMethods = false)
class AgreementReadModels {

    @Bean
    ReadModel agreementSummaryReadModel() {
        return new ReadModel(AgreementSummaryProjection.PROCESSING_GROUP, List.of(
                new Table("agreement_summary", "agreement_id"),
                new Table("agreement_finance", "agreement_id"),
                new Table("equity_stake", "agreement_id, swap_id")));
    }
}

package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.platform.ReadModel;
import com.foretaste.infrastructure.platform.ReadModel.Table;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The read models of agreements, registered so that the platform can rebuild and compare them, and
 * the settings of their processor that application.yml cannot express.
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

    /**
     * A segment stores its position when it handles a batch of its own events; while the events go to
     * the other segments it stores how far it has read only when it extends its claim, every five
     * seconds by default. Its read models are then up to date, but its stored position (which
     * operators and the benchmarks read as the lag) trails by up to five seconds. Once a second keeps
     * the stored position within a second of what the segment has read, for at most one small update
     * per segment and second.
     */
    @Bean
    ConfigurerModule agreementSummaryStoresItsPositionEverySecond() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                AgreementSummaryProjection.PROCESSING_GROUP, (configuration, builder) -> builder.claimExtensionThreshold(1_000));
    }
}

package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.axon.CurrentRevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Agreements are restored only from snapshots of their current revision (docs/adr/0007). */
@Configuration(proxyBeanMethods = false)
class AgreementSnapshotConfiguration {

    /** Named by {@code @Aggregate(snapshotFilter = ...)} on {@link AgreementAggregate}. */
    @Bean
    SnapshotFilter agreementSnapshotFilter() {
        return CurrentRevisionSnapshotFilter.of(AgreementAggregate.class);
    }
}

package com.foretaste.infrastructure.licensing;

import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.infrastructure.platform.AsOfView;
import com.foretaste.infrastructure.platform.EventView;
import com.foretaste.infrastructure.platform.StreamHistory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** An agreement as of a point, shown by the audit API as the agreement API shows it ({@link AgreementView}). */
@Component
class AgreementAsOfView implements AsOfView {

    record AsOf(Instant at, Long version, AgreementView agreement, List<EventView> events) {
    }

    private final OrganisationDirectory directory;

    AgreementAsOfView(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String type() {
        return AgreementInstrument.TYPE;
    }

    @Override
    public Object asOf(Instant at, Long version, StreamHistory.Loaded loaded, List<EventView> events) {
        AgreementHistory.Loaded agreement = new AgreementHistory.Loaded((AgreementState) loaded.state(),
                loaded.version(), loaded.events());
        return new AsOf(at, version, AgreementView.of(agreement, directory), events);
    }
}

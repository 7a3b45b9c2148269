package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.AgreementSummaries;
import com.foretaste.application.licensing.AgreementSummaryProjector;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Feeds agreement events, in a streaming processor of their own, to the summary projector. */
@Component
@ProcessingGroup(AgreementSummaryProjection.PROCESSING_GROUP)
class AgreementSummaryProjection {

    static final String PROCESSING_GROUP = "agreement-summary";

    private final AgreementSummaryProjector projector;
    private final JdbcTemplate jdbc;

    AgreementSummaryProjection(AgreementSummaries summaries, JdbcTemplate jdbc) {
        this.projector = new AgreementSummaryProjector(summaries);
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence) {
        projector.on(event, sequence);
    }

    /** A replay rebuilds the table from nothing. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM agreement_summary");
    }
}

package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.AgreementSummaries;
import com.foretaste.application.licensing.AgreementSummaryProjector;
import com.foretaste.application.licensing.PortfolioProjector;
import com.foretaste.application.licensing.Portfolios;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds agreement events, in a streaming processor of their own, to the read models of agreements:
 * the summaries and the licensor portfolio. A failing event stops the processor and is retried, so
 * no event is ever skipped.
 */
@Component
@ProcessingGroup(AgreementSummaryProjection.PROCESSING_GROUP)
class AgreementSummaryProjection {

    static final String PROCESSING_GROUP = "agreement-summary";

    private final AgreementSummaryProjector summaries;
    private final PortfolioProjector portfolios;
    private final JdbcTemplate jdbc;

    AgreementSummaryProjection(AgreementSummaries summaries, Portfolios portfolios, JdbcTemplate jdbc) {
        this.summaries = new AgreementSummaryProjector(summaries);
        this.portfolios = new PortfolioProjector(portfolios);
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence) {
        summaries.on(event, sequence);
        portfolios.on(event, sequence);
    }

    /** A replay rebuilds the tables from nothing. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM equity_stake");
        jdbc.update("DELETE FROM agreement_finance");
        jdbc.update("DELETE FROM agreement_summary");
    }
}

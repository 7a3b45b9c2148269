package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.AgreementSummaryProjector;
import com.foretaste.application.licensing.PortfolioProjector;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.shared.AgreementId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Feeds agreement events, in a streaming processor of their own, to the read models of agreements:
 * the summaries and the licensor portfolio. A failing event stops the processor and is retried, so
 * no event is ever skipped.
 */
@Component
@ProcessingGroup(AgreementSummaryProjection.PROCESSING_GROUP)
class AgreementSummaryProjection {

    static final String PROCESSING_GROUP = "agreement-summary";

    /** Marks a batch's unit of work once its agreements' rows have been read. */
    private static final String PREFETCHED = AgreementSummaryProjection.class.getName() + ".prefetched";

    private final AgreementSummaryProjector summaries;
    private final PortfolioProjector portfolios;
    private final JdbcAgreementSummaries summaryRows;
    private final JdbcPortfolios portfolioRows;
    private final JdbcTemplate jdbc;

    AgreementSummaryProjection(JdbcAgreementSummaries summaries, JdbcPortfolios portfolios, JdbcTemplate jdbc) {
        this.summaries = new AgreementSummaryProjector(summaries);
        this.portfolios = new PortfolioProjector(portfolios);
        this.summaryRows = summaries;
        this.portfolioRows = portfolios;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence) {
        prefetchBatch();
        summaries.on(event, sequence);
        portfolios.on(event, sequence);
    }

    /**
     * The processor hands this projection a batch of events in one unit of work and one transaction,
     * whose rows are written once at its end ({@link com.foretaste.infrastructure.platform.WriteBehind}).
     * At the batch's first event, the rows of every agreement in the batch are read in one query each,
     * instead of one query per agreement as its events come.
     */
    private void prefetchBatch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)
                || batch.resources().putIfAbsent(PREFETCHED, Boolean.TRUE) != null) {
            return;
        }
        Set<AgreementId> agreements = new LinkedHashSet<>();
        for (Message<?> message : batch.getMessages()) {
            if (message instanceof EventMessage<?> event && AgreementEvent.class.isAssignableFrom(event.getPayloadType())) {
                agreements.add(((AgreementEvent) event.getPayload()).agreementId());
            }
        }
        summaryRows.prefetch(agreements);
        portfolioRows.prefetch(agreements);
    }

    /** A replay rebuilds the tables from nothing. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM equity_stake");
        jdbc.update("DELETE FROM agreement_finance");
        jdbc.update("DELETE FROM agreement_summary");
    }
}

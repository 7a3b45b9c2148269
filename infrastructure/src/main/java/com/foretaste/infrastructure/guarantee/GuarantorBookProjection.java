package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.domain.guarantee.financing.GuaranteeTerms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Keeps each guarantee's liability against its guarantor's limits ({@code guarantee_liability}) in step with its
 * events. Its processor is a subscribing one (application.yml): it runs in the unit of work that appends the
 * events, so the book commits with them and the next approval, once it holds the guarantor's lock, reads every
 * approval committed before it ({@link GuarantorBooks}, docs/adr/0012). A failure here rolls the command back.
 */
@Component
@ProcessingGroup(GuarantorBookProjection.PROCESSING_GROUP)
class GuarantorBookProjection {

    static final String PROCESSING_GROUP = "guarantor-books";

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;

    GuarantorBookProjection(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(GuaranteeEvent event, @SequenceNumber long sequence) {
        UUID id = event.guaranteeId().value();
        GuaranteeState after = GuaranteeReplay.around(eventStore, event, sequence).after();
        GuaranteeTerms t = FinancingGuarantee.file(after).orElseThrow().terms();
        BigDecimal liability = FinancingGuarantee.liability(after).amount();
        if (jdbc.update("UPDATE guarantee_liability SET liability = ?, last_sequence = ? WHERE guarantee_id = ?"
                + " AND last_sequence < ?", liability, sequence, id, sequence) == 0
                && jdbc.queryForObject("SELECT count(*) FROM guarantee_liability WHERE guarantee_id = ?", Long.class, id) == 0) {
            jdbc.update("INSERT INTO guarantee_liability (guarantee_id, guarantor_id, obligor_id, currency, liability,"
                            + " last_sequence) VALUES (?, ?, ?, ?, ?, ?)", id, t.guarantor().value(), t.obligor().value(),
                    t.cap().currency().getCurrencyCode(), liability, sequence);
        }
    }
}

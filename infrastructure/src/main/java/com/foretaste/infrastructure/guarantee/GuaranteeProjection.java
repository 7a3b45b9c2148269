package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeFile;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.domain.guarantee.financing.GuaranteeTerms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Feeds guarantee events, in a streaming processor of their own, to the guarantee read models: one row per
 * guarantee ({@code guarantee_summary}) as the domain's own replay of its stream up to the event leaves it, and the
 * movements of the guarantor's figures ({@code guarantee_movement}, {@link GuaranteeMovements}). Each row records
 * the last event sequence folded in, so a redelivered event changes nothing; a reset empties the tables.
 */
@Component
@ProcessingGroup(GuaranteeProjection.PROCESSING_GROUP)
class GuaranteeProjection {

    static final String PROCESSING_GROUP = "guarantee-read-models";

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;

    GuaranteeProjection(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(GuaranteeEvent event, @SequenceNumber long sequence) {
        UUID id = event.guaranteeId().value();
        List<Long> last = jdbc.queryForList("SELECT last_sequence FROM guarantee_summary WHERE guarantee_id = ?", Long.class, id);
        if (!last.isEmpty() && last.get(0) >= sequence) {
            return;
        }
        GuaranteeReplay.Replayed replayed = GuaranteeReplay.around(eventStore, event, sequence);
        GuaranteeState before = replayed.before();
        GuaranteeState after = replayed.after();
        GuaranteeFile f = FinancingGuarantee.file(after).orElseThrow();
        GuaranteeTerms t = f.terms();
        if (last.isEmpty()) {
            jdbc.update("INSERT INTO guarantee_summary (guarantee_id, agreement_id, guarantor_id, beneficiary_id, obligor_id,"
                            + " licensor_id, state, currency, cap, outstanding, exposure, liability, programme, requested_on,"
                            + " issued_on, last_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, t.agreementId().value(), t.guarantor().value(), t.beneficiary().value(), t.obligor().value(),
                    f.agreement().licensor().value(), after.status().name(), t.cap().currency().getCurrencyCode(),
                    t.cap().amount(), f.outstanding().amount(), FinancingGuarantee.exposure(after).amount(),
                    FinancingGuarantee.liability(after).amount(), t.programme().programme(), f.requestedOn(), f.issuedOn(),
                    sequence);
        } else {
            jdbc.update("UPDATE guarantee_summary SET state = ?, outstanding = ?, exposure = ?, liability = ?, issued_on = ?,"
                            + " last_sequence = ? WHERE guarantee_id = ?", after.status().name(), f.outstanding().amount(),
                    FinancingGuarantee.exposure(after).amount(), FinancingGuarantee.liability(after).amount(), f.issuedOn(),
                    sequence, id);
        }
        GuaranteeMovements.of(before, after, event).forEach(m -> jdbc.update("INSERT INTO guarantee_movement (guarantee_id,"
                        + " sequence, kind, guarantor_id, moved_on, amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, sequence, m.kind(), t.guarantor().value(), m.on(), m.amount().amount(),
                m.amount().currency().getCurrencyCode()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM guarantee_movement");
        jdbc.update("DELETE FROM guarantee_summary");
    }
}

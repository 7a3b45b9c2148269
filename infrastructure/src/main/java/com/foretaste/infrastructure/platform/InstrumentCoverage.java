package com.foretaste.infrastructure.platform;

import com.foretaste.domain.shared.AgreementId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Which instruments of one type (policies, guarantees) cover each agreement, as its process manager learns it from
 * their first events ({@code instrument_coverage}): one table and one piece of code for every instrument type.
 * Covering twice records it once, so a redelivered event changes nothing.
 */
public final class InstrumentCoverage {

    private final JdbcTemplate jdbc;
    private final String instrumentType;

    public InstrumentCoverage(JdbcTemplate jdbc, String instrumentType) {
        this.jdbc = jdbc;
        this.instrumentType = instrumentType;
    }

    public void cover(AgreementId agreement, UUID instrument) {
        jdbc.update("INSERT INTO instrument_coverage (agreement_id, instrument_type, instrument_id) SELECT ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM instrument_coverage WHERE agreement_id = ? AND instrument_type = ?"
                        + " AND instrument_id = ?)", agreement.value(), instrumentType, instrument, agreement.value(),
                instrumentType, instrument);
    }

    /** The instruments covering the agreement, in the order of their ids. */
    public List<UUID> of(AgreementId agreement) {
        return jdbc.queryForList("SELECT instrument_id FROM instrument_coverage WHERE agreement_id = ? AND instrument_type = ?"
                + " ORDER BY instrument_id", UUID.class, agreement.value(), instrumentType);
    }
}

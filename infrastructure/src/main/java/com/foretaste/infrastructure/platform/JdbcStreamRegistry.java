package com.foretaste.infrastructure.platform;

import com.foretaste.application.platform.StreamRegistry;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The stream registry in {@code stream_registry}; one MERGE serves PostgreSQL and the embedded H2. */
@Repository
class JdbcStreamRegistry implements StreamRegistry {

    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString("aggregate_identifier"),
            rs.getString("aggregate_type"), parties(rs.getString("parties")), rs.getLong("version"),
            Optional.ofNullable(rs.getObject("next_attention", LocalDate.class)));

    private final JdbcTemplate jdbc;

    JdbcStreamRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Entry e) {
        jdbc.update("MERGE INTO stream_registry r USING (VALUES (CAST(? AS varchar(255)), CAST(? AS varchar(255)),"
                        + " CAST(? AS varchar(4000)), CAST(? AS bigint), CAST(? AS date)))"
                        + " AS v (aggregate_identifier, aggregate_type, parties, version, next_attention)"
                        + " ON r.aggregate_identifier = v.aggregate_identifier"
                        + " WHEN MATCHED THEN UPDATE SET parties = v.parties, version = v.version,"
                        + " next_attention = v.next_attention"
                        + " WHEN NOT MATCHED THEN INSERT (aggregate_identifier, aggregate_type, parties, version, next_attention)"
                        + " VALUES (v.aggregate_identifier, v.aggregate_type, v.parties, v.version, v.next_attention)",
                e.aggregateId(), e.aggregateType(),
                e.parties().stream().map(OrganisationId::toString).sorted().collect(Collectors.joining(",")),
                e.version(), e.nextAttention().map(Date::valueOf).orElse(null));
    }

    @Override
    public Optional<Entry> find(String aggregateId) {
        return jdbc.query("SELECT * FROM stream_registry WHERE aggregate_identifier = ?", ENTRY, aggregateId)
                .stream().findFirst();
    }

    @Override
    public List<String> needingAttention(String aggregateType, LocalDate date) {
        return jdbc.queryForList("SELECT r.aggregate_identifier FROM stream_registry r WHERE r.aggregate_type = ?"
                + " AND r.next_attention <= ? AND NOT EXISTS (SELECT 1 FROM end_of_day_failure f"
                + " WHERE f.aggregate_identifier = r.aggregate_identifier AND f.state = 'OPEN')"
                + " ORDER BY r.next_attention, r.aggregate_identifier", String.class, aggregateType, Date.valueOf(date));
    }

    @Override
    public List<String> unregisteredStreams(String aggregateType) {
        return jdbc.queryForList("SELECT e.aggregate_identifier FROM domain_event_entry e WHERE e.type = ?"
                + " AND e.sequence_number = 0 AND NOT EXISTS (SELECT 1 FROM stream_registry r"
                + " WHERE r.aggregate_identifier = e.aggregate_identifier) ORDER BY e.global_index", String.class,
                aggregateType);
    }

    private static java.util.Set<OrganisationId> parties(String text) {
        return text == null || text.isBlank() ? java.util.Set.of()
                : Arrays.stream(text.split(",")).map(OrganisationId::parse).collect(Collectors.toSet());
    }
}

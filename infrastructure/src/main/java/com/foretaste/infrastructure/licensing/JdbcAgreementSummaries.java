package com.foretaste.infrastructure.licensing;

import com.foretaste.application.access.Viewer;
import com.foretaste.application.licensing.AgreementSummaries;
import com.foretaste.application.licensing.AgreementSummary;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.platform.WriteBehind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Repository
class JdbcAgreementSummaries implements AgreementSummaries {

    private static final String COLUMNS = "agreement_id, status, licensor_id, licensee_id, patents, licence_fee,"
            + " currency, proposed_on, trial_starts_on, trial_ends_on, last_sequence";

    private final NamedParameterJdbcTemplate jdbc;
    /** Rows written once per transaction, in batches (the projection's transaction is a batch of events). */
    private final WriteBehind<AgreementId, AgreementSummary> rows;

    JdbcAgreementSummaries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new WriteBehind<>(0, new WriteBehind.Rows<>() {
            @Override
            public Map<AgreementId, AgreementSummary> load(Collection<AgreementId> ids) {
                Map<AgreementId, AgreementSummary> found = new HashMap<>();
                jdbc.query("SELECT " + COLUMNS + " FROM agreement_summary WHERE agreement_id IN (:ids)",
                        new MapSqlParameterSource("ids", ids.stream().map(AgreementId::value).toList()), ROW)
                        .forEach(s -> found.put(s.agreementId(), s));
                return found;
            }

            @Override
            public void insert(List<AgreementSummary> summaries) {
                jdbc.batchUpdate("INSERT INTO agreement_summary (" + COLUMNS + ") VALUES (:id, :status, :licensor, :licensee,"
                        + " :patents, :fee, :currency, :proposedOn, :trialStartsOn, :trialEndsOn, :lastSequence)",
                        parameters(summaries));
            }

            @Override
            public int[] update(List<AgreementSummary> summaries) {
                return jdbc.batchUpdate("UPDATE agreement_summary SET status = :status, licensor_id = :licensor,"
                        + " licensee_id = :licensee, patents = :patents, licence_fee = :fee, currency = :currency,"
                        + " proposed_on = :proposedOn, trial_starts_on = :trialStartsOn, trial_ends_on = :trialEndsOn,"
                        + " last_sequence = :lastSequence WHERE agreement_id = :id", parameters(summaries));
            }
        });
    }

    @Override
    public Optional<AgreementSummary> find(AgreementId id) {
        return rows.find(id);
    }

    @Override
    public void save(AgreementSummary s) {
        rows.save(s.agreementId(), s);
    }

    /** Reads the summaries of a batch of events' agreements in one query (within a transaction; see {@link WriteBehind}). */
    void prefetch(Collection<AgreementId> ids) {
        rows.prefetch(ids);
    }

    private static SqlParameterSource[] parameters(List<AgreementSummary> summaries) {
        return summaries.stream().map(s -> new MapSqlParameterSource()
                .addValue("id", s.agreementId().value())
                .addValue("status", s.status().name())
                .addValue("licensor", s.licensor().value())
                .addValue("licensee", s.licensee().value())
                .addValue("patents", String.join(",", s.patents()))
                .addValue("fee", s.licenceFee().amount())
                .addValue("currency", s.licenceFee().currency().getCurrencyCode())
                .addValue("proposedOn", date(s.proposedOn()))
                .addValue("trialStartsOn", date(s.trialStartsOn()))
                .addValue("trialEndsOn", date(s.trialEndsOn()))
                .addValue("lastSequence", s.lastSequence())).toArray(SqlParameterSource[]::new);
    }

    @Override
    public List<AgreementSummary> visibleTo(Viewer viewer, AgreementStatus status, OrganisationId party, int offset,
                                            int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("status", status == null ? null : status.name())
                .addValue("party", party == null ? null : party.value())
                .addValue("limit", limit)
                .addValue("offset", offset);
        String visibility;
        if (viewer.seesEverything()) {
            visibility = "TRUE";
        } else {
            List<UUID> organisations = switch (viewer.role()) {
                case AUDITOR -> viewer.auditedOrganisations().stream().map(OrganisationId::value).toList();
                default -> List.of(viewer.organisation().value());
            };
            if (organisations.isEmpty()) {
                return List.of();
            }
            p.addValue("orgs", organisations);
            visibility = "(licensor_id IN (:orgs) OR licensee_id IN (:orgs))";
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM agreement_summary WHERE " + visibility
                + " AND (CAST(:status AS VARCHAR(32)) IS NULL OR status = :status)"
                + " AND (CAST(:party AS UUID) IS NULL OR licensor_id = :party OR licensee_id = :party)"
                + " ORDER BY proposed_on DESC, agreement_id LIMIT :limit OFFSET :offset", p, ROW);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static final RowMapper<AgreementSummary> ROW = (rs, i) -> new AgreementSummary(
            new AgreementId(rs.getObject("agreement_id", UUID.class)),
            AgreementStatus.valueOf(rs.getString("status")),
            new OrganisationId(rs.getObject("licensor_id", UUID.class)),
            new OrganisationId(rs.getObject("licensee_id", UUID.class)),
            Arrays.stream(rs.getString("patents").split(",")).collect(Collectors.toList()),
            new Money(rs.getBigDecimal("licence_fee").setScale(
                    Money.currency(rs.getString("currency").trim()).getDefaultFractionDigits()),
                    Money.currency(rs.getString("currency").trim())),
            rs.getObject("proposed_on", LocalDate.class),
            rs.getObject("trial_starts_on", LocalDate.class),
            rs.getObject("trial_ends_on", LocalDate.class),
            rs.getLong("last_sequence"));
}

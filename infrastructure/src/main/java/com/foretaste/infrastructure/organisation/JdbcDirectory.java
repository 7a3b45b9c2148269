package com.foretaste.infrastructure.organisation;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.RiskRegister;
import com.foretaste.application.organisation.UserAccount;
import com.foretaste.application.organisation.UserDirectory;
import com.foretaste.domain.platform.organisation.OrganisationEvent;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorAssigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorUnassigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.NetAssetsRecorded;
import com.foretaste.domain.platform.organisation.OrganisationEvent.OrganisationRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.RelatedPartyRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserDisabled;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserRegistered;
import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The directory in {@code organisation}, {@code platform_user}, {@code auditor_assignment},
 * {@code guarantor_net_assets} and {@code related_party}: written
 * from each organisation event in the transaction that appends it (docs/adr/0008), read by sign-in,
 * visibility and the rules that need the whole platform.
 */
@Repository
class JdbcDirectory implements OrganisationDirectory, UserDirectory, RiskRegister {

    private static final RowMapper<Organisation> ORGANISATION = (rs, i) -> new Organisation(
            new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name"),
            Role.valueOf(rs.getString("role")));
    private static final RowMapper<UserAccount> USER = (rs, i) -> new UserAccount(rs.getString("username"),
            rs.getString("person_name"), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
            Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));

    private final JdbcTemplate jdbc;

    JdbcDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.query("SELECT * FROM organisation WHERE organisation_id = ?", ORGANISATION, id.value())
                .stream().findFirst();
    }

    @Override
    public List<Organisation> all() {
        return jdbc.query("SELECT * FROM organisation ORDER BY name, organisation_id", ORGANISATION);
    }

    @Override
    public Set<OrganisationId> auditedBy(OrganisationId auditor) {
        return jdbc.queryForList("SELECT audited_id FROM auditor_assignment WHERE auditor_id = ?", UUID.class,
                auditor.value()).stream().map(OrganisationId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return jdbc.query("SELECT * FROM platform_user WHERE username = ?", USER, username).stream().findFirst();
    }

    @Override
    public Optional<NetAssets> netAssets(OrganisationId guarantor) {
        return jdbc.query("SELECT * FROM guarantor_net_assets WHERE organisation_id = ?", (rs, i) -> new NetAssets(
                new Money(rs.getBigDecimal("amount"), Money.currency(rs.getString("currency"))),
                rs.getObject("as_of", LocalDate.class), rs.getBoolean("serves_mainly_small_and_micro")),
                guarantor.value()).stream().findFirst();
    }

    @Override
    public Set<OrganisationId> relatedParties(OrganisationId organisation) {
        List<UUID> ids = jdbc.queryForList("SELECT related_id FROM related_party WHERE organisation_id = ? UNION"
                + " SELECT organisation_id FROM related_party WHERE related_id = ?", UUID.class, organisation.value(),
                organisation.value());
        return ids.stream().map(OrganisationId::new).collect(Collectors.toCollection(() ->
                new TreeSet<>(Comparator.comparing(OrganisationId::value))));
    }

    /** Follows one event of an organisation's register; each event happens once, so each write is plain. */
    void apply(OrganisationEvent event) {
        switch (event) {
            case OrganisationRegistered e -> jdbc.update("INSERT INTO organisation (organisation_id, name, role,"
                    + " industry_code) VALUES (?, ?, ?, ?)", id(e), e.name(), e.role().name(), e.industryCode());
            case UserRegistered e -> jdbc.update("INSERT INTO platform_user (username, organisation_id, person_name,"
                    + " role, enabled) VALUES (?, ?, ?, ?, TRUE)", e.username(), id(e), e.personName(), e.role().name());
            case UserDisabled e -> jdbc.update("UPDATE platform_user SET enabled = FALSE WHERE username = ?"
                    + " AND organisation_id = ?", e.username(), id(e));
            case AuditorAssigned e -> jdbc.update("INSERT INTO auditor_assignment (auditor_id, audited_id)"
                    + " VALUES (?, ?)", e.auditor().value(), id(e));
            case AuditorUnassigned e -> jdbc.update("DELETE FROM auditor_assignment WHERE auditor_id = ?"
                    + " AND audited_id = ?", e.auditor().value(), id(e));
            case NetAssetsRecorded e -> recordNetAssets(e);
            case RelatedPartyRegistered e -> jdbc.update("INSERT INTO related_party (organisation_id, related_id,"
                    + " relation) VALUES (?, ?, ?)", id(e), e.relatedParty().value(), e.relation());
        }
    }

    /** The latest figure replaces the one before (the register keeps every figure as an event). */
    private void recordNetAssets(NetAssetsRecorded e) {
        Object[] values = {e.netAssets().amount(), e.netAssets().currency().getCurrencyCode(), e.asOf(),
                e.servesMainlySmallAndMicro(), id(e)};
        if (jdbc.update("UPDATE guarantor_net_assets SET amount = ?, currency = ?, as_of = ?,"
                + " serves_mainly_small_and_micro = ? WHERE organisation_id = ?", values) == 0) {
            jdbc.update("INSERT INTO guarantor_net_assets (amount, currency, as_of, serves_mainly_small_and_micro,"
                    + " organisation_id) VALUES (?, ?, ?, ?, ?)", values);
        }
    }

    private static UUID id(OrganisationEvent event) {
        return event.organisationId().value();
    }
}

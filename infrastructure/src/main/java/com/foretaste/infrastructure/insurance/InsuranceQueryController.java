package com.foretaste.infrastructure.insurance;

import com.foretaste.infrastructure.web.RequestFields;
import com.foretaste.application.access.Viewer;
import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.insurance.InsurerFigures;
import com.foretaste.domain.insurance.policy.ClaimStatus;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.logging.DeniedAccess;
import com.foretaste.infrastructure.platform.StreamHistory;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.foretaste.infrastructure.insurance.InsuranceViews.money;

/**
 * The insurance read models: the policies on an agreement, the claims queue and an insurer's figures.
 * Each shows only what the caller may see: policies and claims of which its organisation is a party (an
 * insurer never sees another insurer's), everything to the operator, what involves an audited party to an
 * auditor; an insurer's figures to that insurer, the operator and the insurer's auditors.
 */
@RestController
class InsuranceQueryController {

    static final int MAX_CLAIMS = 1000;

    private final JdbcTemplate jdbc;
    private final StreamHistory history;
    private final PlatformCalendar calendar;

    InsuranceQueryController(JdbcTemplate jdbc, StreamHistory history, PlatformCalendar calendar) {
        this.jdbc = jdbc;
        this.history = history;
        this.calendar = calendar;
    }

    /** The policies on an agreement the caller may see; 404 when it sees neither the agreement nor any of them. */
    @GetMapping("/api/agreements/{id}/policies")
    List<InsuranceViews.PolicySummary> agreementPolicies(@PathVariable UUID id) {
        Viewer viewer = CurrentUser.require().asViewer();
        List<InsuranceViews.PolicySummary> visible = jdbc.query("SELECT * FROM policy_summary WHERE agreement_id = ?"
                + " ORDER BY quoted_on, policy_id", (rs, n) -> policy(rs), id).stream()
                .filter(p -> viewer.sees(parties(p.insurer(), p.insured(), p.policyholder()))).toList();
        if (visible.isEmpty()) {
            history.visible(id.toString(), viewer);
        }
        return visible;
    }

    /** The claims queue: by filing date, with age and payment due date; {@code state} and {@code overdue} narrow it. */
    @GetMapping("/api/claims")
    List<InsuranceViews.QueuedClaim> claims(@RequestParam(required = false) String state,
                                            @RequestParam(required = false) Boolean overdue) {
        ClaimStatus status = state == null ? null : RequestFields.oneOf(ClaimStatus.class, state, "state");
        Viewer viewer = CurrentUser.require().asViewer();
        LocalDate today = calendar.today();
        return jdbc.query("SELECT * FROM claim_queue ORDER BY filed_on, claim_id", (rs, n) -> claim(rs, today)).stream()
                .filter(c -> viewer.sees(parties(c.insurer(), c.insured(), c.policyholder())))
                .filter(c -> status == null || c.state().equals(status.name()))
                .filter(c -> overdue == null || c.overdue() == overdue).limit(MAX_CLAIMS).toList();
    }

    /** An insurer's premium, reserves, indemnities, incurred, loss ratio and recoveries, in total and by month. */
    @GetMapping("/api/insurers/{id}/summary")
    InsuranceViews.InsurerSummary insurerSummary(@PathVariable UUID id) {
        Viewer viewer = CurrentUser.require().asViewer();
        OrganisationId insurer = new OrganisationId(id);
        boolean own = viewer.role() == Role.INSURER && viewer.organisation().equals(insurer);
        if (!own && !(viewer.role() != Role.INSURER && viewer.sees(Set.of(insurer)))) {
            DeniedAccess.log("404 not the insurer", "insurer summary " + id, "the viewer is not this insurer nor sees it");
            throw new NotFoundException("No insurer " + id + " is visible to your organisation.");
        }
        LocalDate today = calendar.today();
        List<InsurerFigures.PolicyFigures> policies = jdbc.query("SELECT * FROM policy_summary WHERE insurer_id = ?"
                + " AND activated_on IS NOT NULL ORDER BY policy_id", (rs, n) -> figures(rs), id);
        List<InsurerFigures.Movement> movements = jdbc.query("SELECT kind, moved_on, amount, currency FROM claim_movement"
                + " WHERE insurer_id = ? ORDER BY moved_on, policy_id, sequence", (rs, n) -> new InsurerFigures.Movement(
                rs.getString("kind"), rs.getObject("moved_on", LocalDate.class),
                money(rs.getBigDecimal("amount"), rs.getString("currency"))), id);
        return new InsuranceViews.InsurerSummary(id.toString(), today, InsurerFigures.of(policies, movements, today).stream()
                .map(InsuranceViews.CurrencyFigures::of).toList());
    }

    private static Set<OrganisationId> parties(String... ids) {
        return java.util.Arrays.stream(ids).map(OrganisationId::parse).collect(java.util.stream.Collectors.toSet());
    }

    private static InsuranceViews.PolicySummary policy(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency").trim();
        return new InsuranceViews.PolicySummary(rs.getString("policy_id"), rs.getString("agreement_id"), rs.getString("state"),
                rs.getString("insurer_id"), rs.getString("insured_id"), rs.getString("policyholder_id"),
                money(rs.getBigDecimal("coverage_limit"), currency), money(rs.getBigDecimal("premium"), currency),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class).minusDays(1),
                rs.getObject("quoted_on", LocalDate.class), rs.getObject("activated_on", LocalDate.class),
                rs.getObject("cover_ended_on", LocalDate.class));
    }

    private static InsuranceViews.QueuedClaim claim(ResultSet rs, LocalDate today) throws SQLException {
        String currency = rs.getString("currency").trim();
        String state = rs.getString("state");
        LocalDate filed = rs.getObject("filed_on", LocalDate.class);
        LocalDate due = rs.getObject("payment_due_on", LocalDate.class);
        boolean overdue = "APPROVED".equals(state) && due != null && today.isAfter(due);
        return new InsuranceViews.QueuedClaim(rs.getString("claim_id"), rs.getString("policy_id"), rs.getString("agreement_id"),
                rs.getString("insurer_id"), rs.getString("insured_id"), rs.getString("policyholder_id"), state, rs.getObject("defaulted_on", LocalDate.class),
                money(rs.getBigDecimal("loss"), currency), money(rs.getBigDecimal("reserve"), currency),
                money(rs.getBigDecimal("indemnity"), currency), filed, rs.getBoolean("automatic"),
                ChronoUnit.DAYS.between(filed, today), due, overdue, rs.getObject("paid_on", LocalDate.class),
                money(rs.getBigDecimal("recovered_by_insurer"), currency), money(rs.getBigDecimal("recovered_by_insured"), currency));
    }

    private static InsurerFigures.PolicyFigures figures(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency").trim();
        boolean cancelled = "CANCELLED".equals(rs.getString("state"));
        return new InsurerFigures.PolicyFigures(money(rs.getBigDecimal("premium"), currency),
                new DateRange(rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)),
                rs.getObject("activated_on", LocalDate.class),
                cancelled ? rs.getObject("cover_ended_on", LocalDate.class) : null,
                cancelled ? money(rs.getBigDecimal("earned_at_end"), currency) : null);
    }
}

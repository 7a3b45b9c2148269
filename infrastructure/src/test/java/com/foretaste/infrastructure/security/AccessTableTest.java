package com.foretaste.infrastructure.security;

import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.foretaste.domain.shared.Role.AUDITOR;
import static com.foretaste.domain.shared.Role.GUARANTOR;
import static com.foretaste.domain.shared.Role.INSURER;
import static com.foretaste.domain.shared.Role.LICENSEE;
import static com.foretaste.domain.shared.Role.LICENSOR;
import static com.foretaste.domain.shared.Role.OPERATOR;

/**
 * The role column of docs/security.md's access table, request by request: every role it does not list
 * is refused (403 problem document) before anything runs; every role it lists gets past the role check
 * (its answer then depends on the condition column: here ids that do not exist, so mostly 400 or 404).
 */
@PostgresIntegrationTest
class AccessTableTest extends PostgresTestBase {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final String ID = UUID.randomUUID().toString();
    private static final String INSURER_USER = "insurer-access-table";
    private static final String INSURER_PASSWORD = "an-insurer-password";
    private static final Map<Role, String> USERS = Map.of(LICENSOR, "university", LICENSEE, "qinling",
            GUARANTOR, "agency", OPERATOR, "operator", AUDITOR, "auditor");

    /** A request, the roles that may make it, and whether the allowed roles are sent it (not for side effects). */
    record Row(String method, String path, Set<Role> roles, boolean probeAllowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Row> table() {
        String a = "/api/agreements/" + ID;
        String o = "/api/organisations/" + ID;
        String p = "/api/policies/" + ID;
        String c = p + "/claims/" + ID;
        Set<Role> insurer = EnumSet.of(INSURER);
        String g = "/api/guarantees/" + ID;
        Set<Role> guarantor = EnumSet.of(GUARANTOR);
        return List.of(
                row("GET", "/api/agreements", ALL), row("GET", a, ALL), row("GET", a + "/events", ALL),
                row("GET", a + "/schedule", ALL), row("POST", "/api/agreements", EnumSet.of(LICENSOR)),
                row("POST", a + "/withdrawal", EnumSet.of(LICENSOR)), row("POST", a + "/acceptance", EnumSet.of(LICENSEE)),
                row("POST", a + "/trial-extensions", EnumSet.of(LICENSOR)),
                row("POST", a + "/trial-findings", EnumSet.of(LICENSEE)), row("POST", a + "/purchase", EnumSet.of(LICENSEE)),
                row("POST", a + "/walk-away", EnumSet.of(LICENSEE)), row("POST", a + "/payments", EnumSet.of(LICENSOR)),
                row("POST", a + "/royalty-reports", EnumSet.of(LICENSEE)), row("POST", a + "/equity-swaps", EnumSet.of(LICENSOR)),
                row("POST", a + "/equity-swaps/s1/acceptance", EnumSet.of(LICENSEE)),
                row("POST", a + "/termination", EnumSet.of(LICENSOR, LICENSEE)),
                row("GET", "/api/portfolio", EnumSet.of(LICENSOR, OPERATOR, AUDITOR)),
                row("GET", "/api/business-days/current", ALL),
                row("POST", "/api/business-days/2020-01-01/close", EnumSet.of(OPERATOR)),
                row("GET", "/api/business-days/runs/" + ID, EnumSet.of(OPERATOR, AUDITOR)),
                row("GET", "/api/business-days/failures", EnumSet.of(OPERATOR, AUDITOR)),
                row("POST", "/api/business-days/failures/" + ID + "/retry", EnumSet.of(OPERATOR)),
                row("POST", "/api/business-days/failures/" + ID + "/resolution", EnumSet.of(OPERATOR)),
                row("GET", "/api/audit/agreements/" + ID + "?version=0", ALL),
                row("GET", "/api/audit/agreements/" + ID + "/export", ALL),
                row("POST", "/api/audit/verification", EnumSet.of(AUDITOR, OPERATOR)),
                new Row("POST", "/api/audit/digests", EnumSet.of(AUDITOR, OPERATOR), false),
                row("GET", "/api/audit/digests/latest", EnumSet.of(AUDITOR, OPERATOR)),
                new Row("POST", "/api/audit/projections/rebuild", EnumSet.of(OPERATOR), false),
                row("GET", "/api/read-models/agreement-summary/dead-letters", EnumSet.of(OPERATOR, AUDITOR)),
                new Row("POST", "/api/read-models/agreement-summary/dead-letters/retry", EnumSet.of(OPERATOR), false),
                row("GET", "/api/organisations", ALL), row("GET", o, EnumSet.of(OPERATOR)),
                row("POST", "/api/organisations", EnumSet.of(OPERATOR)), row("POST", o + "/users", EnumSet.of(OPERATOR)),
                row("POST", o + "/users/someone/disable", EnumSet.of(OPERATOR)),
                row("POST", o + "/auditor-assignments", EnumSet.of(OPERATOR)),
                row("POST", o + "/auditor-assignments/" + ID + "/revocation", EnumSet.of(OPERATOR)),
                row("POST", "/api/policies", insurer), row("POST", p + "/premium-payments", insurer),
                row("POST", p + "/cancellation", EnumSet.of(LICENSEE, LICENSOR)), row("POST", p + "/claims", EnumSet.of(LICENSOR)),
                row("POST", c + "/assessment", insurer), row("POST", c + "/approval", insurer),
                row("POST", c + "/rejection", insurer), row("POST", c + "/payment", insurer),
                row("POST", c + "/recoveries", insurer), row("POST", c + "/closure", insurer),
                row("GET", p, ALL), row("GET", p + "/events", ALL), row("GET", a + "/policies", ALL),
                row("GET", "/api/claims", EnumSet.of(INSURER, OPERATOR, AUDITOR)),
                row("GET", "/api/insurers/" + ID + "/summary", EnumSet.of(INSURER, OPERATOR, AUDITOR)),
                row("GET", "/api/audit/policies/" + ID + "?version=0", ALL),
                row("POST", "/api/guarantees", EnumSet.of(LICENSOR, LICENSEE, GUARANTOR)),
                row("POST", g + "/approval", guarantor), row("POST", g + "/decline", guarantor),
                row("POST", g + "/fee-payments", guarantor), row("POST", g + "/calls", EnumSet.of(LICENSOR)),
                row("POST", g + "/calls/" + ID + "/assessment", guarantor), row("POST", g + "/calls/" + ID + "/honour", guarantor),
                row("POST", g + "/calls/" + ID + "/rejection", guarantor), row("POST", g + "/reimbursements", guarantor),
                row("POST", g + "/reimbursement-returns", guarantor), row("POST", g + "/refunds", guarantor),
                row("POST", g + "/recoveries", guarantor), row("POST", g + "/write-off", guarantor),
                row("GET", g, ALL), row("GET", g + "/events", ALL),
                row("GET", "/api/audit/guarantees/" + ID + "?version=0", ALL),
                row("GET", a + "/losses", ALL),
                row("GET", "/api/guarantors/" + ID + "/exposure", EnumSet.of(GUARANTOR, OPERATOR, AUDITOR)));
    }

    @BeforeEach
    void anInsurerUser() {
        if (jdbc.queryForObject("SELECT count(*) FROM platform_user WHERE username = ?", Long.class, INSURER_USER) == 0) {
            as("operator").post("/api/organisations/6f1c2a4e-0005-4000-8000-000000000005/users", "{\"username\": \""
                    + INSURER_USER + "\", \"name\": \"Zhao Min\", \"password\": \"" + INSURER_PASSWORD + "\"}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void each_request_is_open_to_the_roles_of_the_access_table_only(Row row) {
        SoftAssertions softly = new SoftAssertions();
        for (Role role : Role.values()) {
            boolean allowed = row.roles().contains(role);
            if (allowed && !row.probeAllowed()) {
                continue;
            }
            Response r = send(caller(role), row);
            if (allowed) {
                softly.assertThat(r.status()).as(role + ": " + r.text()).isNotIn(401, 403);
            } else {
                softly.assertThat(r.status()).as(role + ": " + r.text()).isEqualTo(403);
                softly.assertThat(r.text()).as(role.name()).contains("urn:foretaste:problem:forbidden");
            }
        }
        softly.assertAll();
    }

    private Api caller(Role role) {
        return role == INSURER ? new Api("http://localhost:" + port, INSURER_USER, INSURER_PASSWORD) : as(USERS.get(role));
    }

    private static Response send(Api api, Row row) {
        return row.method().equals("GET") ? api.get(row.path()) : api.post(row.path(), "{}");
    }

    private static Row row(String method, String path, Set<Role> roles) {
        return new Row(method, path, roles, true);
    }
}

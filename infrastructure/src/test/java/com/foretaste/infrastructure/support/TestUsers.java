package com.foretaste.infrastructure.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Users of the integration tests: the demo organisations with non-demo passwords, as a real
 * deployment on the postgres profile would have (the demo password is refused there).
 */
public final class TestUsers {

    public static final String PASSWORD = "test-secret";

    public static final String UNIVERSITY_ORG = "6f1c2a4e-0001-4000-8000-000000000001";
    public static final String QINLING_ORG = "6f1c2a4e-0002-4000-8000-000000000002";
    public static final String WEIHE_ORG = "6f1c2a4e-0003-4000-8000-000000000003";
    public static final String AGENCY_ORG = "6f1c2a4e-0004-4000-8000-000000000004";
    public static final String INSURER_ORG = "6f1c2a4e-0005-4000-8000-000000000005";
    public static final String OPERATOR_ORG = "6f1c2a4e-0006-4000-8000-000000000006";
    public static final String AUDITOR_ORG = "6f1c2a4e-0007-4000-8000-000000000007";

    private TestUsers() {
    }

    /**
     * Spring properties that replace the demo users with test users of the same organisations, seeded
     * into each fresh test schema; their bcrypt hashes are cheap (cost 4) so that signing in stays fast.
     */
    public static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("foretaste.security.password-strength", "4");
        user(p, 0, "university", UNIVERSITY_ORG, "LICENSOR");
        user(p, 1, "qinling", QINLING_ORG, "LICENSEE");
        user(p, 2, "weihe", WEIHE_ORG, "LICENSEE");
        user(p, 3, "agency", AGENCY_ORG, "GUARANTOR");
        user(p, 4, "operator", OPERATOR_ORG, "OPERATOR");
        user(p, 5, "auditor", AUDITOR_ORG, "AUDITOR");
        p.put("foretaste.security.users[5].audits[0]", UNIVERSITY_ORG);
        user(p, 6, "insurer", INSURER_ORG, "INSURER");
        user(p, 7, "insurer-checker", INSURER_ORG, "INSURER");
        user(p, 8, "agency-checker", AGENCY_ORG, "GUARANTOR");
        return p;
    }

    private static void user(Map<String, String> p, int i, String name, String organisation, String role) {
        String prefix = "foretaste.security.users[" + i + "].";
        p.put(prefix + "username", name);
        p.put(prefix + "password", "{noop}" + PASSWORD);
        p.put(prefix + "organisation", organisation);
        p.put(prefix + "role", role);
    }
}

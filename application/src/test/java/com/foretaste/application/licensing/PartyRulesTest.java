package com.foretaste.application.licensing;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.RejectionKind;
import com.foretaste.domain.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartyRulesTest {

    private static final Organisation UNIVERSITY = new Organisation(
            OrganisationId.parse("a1000000-0000-4000-8000-000000000001"), "Northwest Polytechnic University", Role.LICENSOR);
    private static final Organisation COMPANY = new Organisation(
            OrganisationId.parse("b2000000-0000-4000-8000-000000000002"), "Qinling Membrane Co., Ltd.", Role.LICENSEE);
    private static final OrganisationId UNREGISTERED = OrganisationId.parse("c3000000-0000-4000-8000-000000000003");

    private final PartyRules rules = new PartyRules(InMemoryOrganisationDirectory.of(UNIVERSITY, COMPANY));

    @Test
    void a_registered_licensee_may_be_named_licensee() {
        assertThat(rules.checkLicensee(COMPANY.id())).isEmpty();
    }

    @Test
    void an_unregistered_organisation_cannot_be_named_licensee() {
        Rejection rejection = rules.checkLicensee(UNREGISTERED).orElseThrow();

        assertThat(rejection.kind()).isEqualTo(RejectionKind.INVALID);
        assertThat(rejection.rule()).isEqualTo("licensee-registered");
        assertThat(rejection.field()).isEqualTo("licensee");
        assertThat(rejection.message()).contains(UNREGISTERED.toString(), "not registered");
    }

    @Test
    void an_organisation_registered_in_another_role_cannot_be_named_licensee() {
        Rejection rejection = rules.checkLicensee(UNIVERSITY.id()).orElseThrow();

        assertThat(rejection.kind()).isEqualTo(RejectionKind.INVALID);
        assertThat(rejection.field()).isEqualTo("licensee");
        assertThat(rejection.message()).contains(UNIVERSITY.name(), "LICENSOR");
    }
}

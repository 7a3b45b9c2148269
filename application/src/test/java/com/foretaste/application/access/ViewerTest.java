package com.foretaste.application.access;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTest {

    private static final OrganisationId UNIVERSITY = OrganisationId.parse("a1000000-0000-4000-8000-000000000001");
    private static final OrganisationId COMPANY = OrganisationId.parse("b2000000-0000-4000-8000-000000000002");
    private static final OrganisationId OTHER_COMPANY = OrganisationId.parse("c3000000-0000-4000-8000-000000000003");
    private static final OrganisationId PLATFORM = OrganisationId.parse("d4000000-0000-4000-8000-000000000004");
    private static final OrganisationId AUDIT_FIRM = OrganisationId.parse("e5000000-0000-4000-8000-000000000005");

    private static final List<OrganisationId> PARTIES = List.of(UNIVERSITY, COMPANY);

    @Test
    void each_party_sees_its_agreement() {
        assertThat(viewer(UNIVERSITY, Role.LICENSOR).sees(PARTIES)).isTrue();
        assertThat(viewer(COMPANY, Role.LICENSEE).sees(PARTIES)).isTrue();
    }

    @Test
    void an_organisation_that_is_no_party_does_not_see_the_agreement() {
        assertThat(viewer(OTHER_COMPANY, Role.LICENSEE).sees(PARTIES)).isFalse();
        assertThat(viewer(OTHER_COMPANY, Role.GUARANTOR).sees(PARTIES)).isFalse();
    }

    @Test
    void the_operator_sees_every_agreement() {
        Viewer operator = viewer(PLATFORM, Role.OPERATOR);

        assertThat(operator.sees(PARTIES)).isTrue();
        assertThat(operator.sees(List.of(OTHER_COMPANY))).isTrue();
        assertThat(operator.seesEverything()).isTrue();
    }

    @Test
    void only_the_operator_sees_everything() {
        assertThat(viewer(UNIVERSITY, Role.LICENSOR).seesEverything()).isFalse();
        assertThat(auditorOf(COMPANY).seesEverything()).isFalse();
    }

    @Test
    void an_auditor_sees_agreements_involving_an_organisation_it_audits() {
        assertThat(auditorOf(COMPANY).sees(PARTIES)).isTrue();
        assertThat(auditorOf(UNIVERSITY).sees(PARTIES)).isTrue();
    }

    @Test
    void an_auditor_does_not_see_agreements_of_organisations_it_does_not_audit() {
        assertThat(auditorOf(OTHER_COMPANY).sees(PARTIES)).isFalse();
        assertThat(auditorOf().sees(PARTIES)).isFalse();
    }

    @Test
    void an_auditor_sees_through_its_assignment_not_through_its_own_organisation() {
        Viewer auditor = auditorOf(OTHER_COMPANY);

        assertThat(auditor.sees(List.of(AUDIT_FIRM, COMPANY))).isFalse();
    }

    private static Viewer viewer(OrganisationId organisation, Role role) {
        return new Viewer("someone@" + organisation, organisation, role, Set.of());
    }

    private static Viewer auditorOf(OrganisationId... audited) {
        return new Viewer("auditor@audit-firm", AUDIT_FIRM, Role.AUDITOR, Set.of(audited));
    }
}

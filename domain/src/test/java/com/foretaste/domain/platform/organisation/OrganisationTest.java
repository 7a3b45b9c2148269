package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.platform.organisation.OrganisationCommand.AssignAuditor;
import com.foretaste.domain.platform.organisation.OrganisationCommand.DisableUser;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RegisterOrganisation;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RegisterUser;
import com.foretaste.domain.platform.organisation.OrganisationCommand.UnassignAuditor;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorAssigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorUnassigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.OrganisationRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserDisabled;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserRegistered;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.RejectionKind;
import com.foretaste.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTest {

    private static final OrganisationId BAOJI = new OrganisationId(UUID.fromString("0b5f0000-0000-4000-8000-000000000001"));
    private static final OrganisationId AUDIT_FIRM = new OrganisationId(UUID.fromString("0b5f0000-0000-4000-8000-000000000002"));
    private static final OrganisationRegistered REGISTERED =
            new OrganisationRegistered(BAOJI, "Baoji University of Arts and Sciences", Role.LICENSOR, "P83");
    private static final UserRegistered REGISTRAR = new UserRegistered(BAOJI, "registrar", "Li Wei", Role.LICENSOR);

    @Test
    void an_organisation_is_registered_once_in_one_role() {
        RegisterOrganisation register = new RegisterOrganisation(BAOJI, " Baoji University of Arts and Sciences ",
                Role.LICENSOR, "P83");

        assertThat(decide(register)).containsExactly(REGISTERED);
        assertThat(rejection(register, REGISTERED).rule()).isEqualTo("organisation-registered-once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "C34", "C348", "C3484", "T97"})
    void an_industry_code_is_a_gb_t_4754_section_with_an_optional_division_group_or_class(String code) {
        assertThat(decide(new RegisterOrganisation(BAOJI, "Baoji", Role.LICENSEE, code))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c34", "Z12", "C3", "C34845", "3484"})
    void anything_else_is_not_an_industry_code(String code) {
        Rejection r = rejection(new RegisterOrganisation(BAOJI, "Baoji", Role.LICENSEE, code));
        assertThat(r.rule()).isEqualTo("industry-code-gb-t-4754");
        assertThat(r.field()).isEqualTo("industryCode");
    }

    @Test
    void a_blank_name_is_refused() {
        assertThat(rejection(new RegisterOrganisation(BAOJI, "  ", Role.LICENSOR, null)).field()).isEqualTo("name");
    }

    @Test
    void nothing_but_registration_reaches_an_organisation_that_is_not_registered() {
        Rejection r = rejection(new RegisterUser(BAOJI, "registrar", "Li Wei", Role.LICENSOR));
        assertThat(r.kind()).isEqualTo(RejectionKind.NOT_FOUND);
    }

    @Test
    void a_user_acts_in_the_role_of_its_organisation() {
        assertThat(decide(new RegisterUser(BAOJI, "registrar", "Li Wei", Role.LICENSOR), REGISTERED))
                .containsExactly(REGISTRAR);
        Rejection r = rejection(new RegisterUser(BAOJI, "registrar", "Li Wei", Role.OPERATOR), REGISTERED);
        assertThat(r.rule()).isEqualTo("user-role-is-organisation-role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Registrar", "li wei", "-lead", "a-username-of-sixty-five-characters-is-one-character-too-long-xyz"})
    void a_username_is_short_lower_case_and_typeable(String username) {
        assertThat(rejection(new RegisterUser(BAOJI, username, "Li Wei", Role.LICENSOR), REGISTERED).rule())
                .isEqualTo("username-shape");
    }

    @Test
    void a_username_is_registered_once() {
        Rejection r = rejection(new RegisterUser(BAOJI, "registrar", "Wang Fang", Role.LICENSOR), REGISTERED, REGISTRAR);
        assertThat(r.kind()).isEqualTo(RejectionKind.NOT_ALLOWED_IN_STATE);
        assertThat(r.rule()).isEqualTo("username-unique");
    }

    @Test
    void a_user_is_disabled_once_and_stays_on_the_register() {
        UserDisabled disabled = new UserDisabled(BAOJI, "registrar", "left the university");
        assertThat(decide(new DisableUser(BAOJI, "registrar", "left the university"), REGISTERED, REGISTRAR))
                .containsExactly(disabled);
        assertThat(rejection(new DisableUser(BAOJI, "registrar", null), REGISTERED, REGISTRAR, disabled).rule())
                .isEqualTo("user-enabled");
        OrganisationState.Registered state = (OrganisationState.Registered) replay(REGISTERED, REGISTRAR, disabled);
        assertThat(state.user("registrar")).hasValueSatisfying(u -> assertThat(u.enabled()).isFalse());
        assertThat(rejection(new DisableUser(BAOJI, "nobody", null), REGISTERED).kind()).isEqualTo(RejectionKind.NOT_FOUND);
    }

    @Test
    void an_auditor_is_assigned_once_and_unassigned_while_assigned() {
        AuditorAssigned assigned = new AuditorAssigned(BAOJI, AUDIT_FIRM);
        assertThat(decide(new AssignAuditor(BAOJI, AUDIT_FIRM), REGISTERED)).containsExactly(assigned);
        assertThat(rejection(new AssignAuditor(BAOJI, AUDIT_FIRM), REGISTERED, assigned).rule())
                .isEqualTo("auditor-assigned-once");
        AuditorUnassigned unassigned = new AuditorUnassigned(BAOJI, AUDIT_FIRM);
        assertThat(decide(new UnassignAuditor(BAOJI, AUDIT_FIRM), REGISTERED, assigned)).containsExactly(unassigned);
        assertThat(rejection(new UnassignAuditor(BAOJI, AUDIT_FIRM), REGISTERED, assigned, unassigned).rule())
                .isEqualTo("auditor-assigned");
        assertThat(((OrganisationState.Registered) replay(REGISTERED, assigned, unassigned)).auditors()).isEmpty();
    }

    @Test
    void only_parties_to_instruments_are_audited() {
        OrganisationRegistered auditFirm = new OrganisationRegistered(AUDIT_FIRM, "Huashan Audit", Role.AUDITOR, null);
        assertThat(rejection(new AssignAuditor(AUDIT_FIRM, BAOJI), auditFirm).rule()).isEqualTo("auditable-role");
    }

    @Test
    void the_organisation_alone_is_party_to_its_register() {
        assertThat(Organisation.parties(replay(REGISTERED, new AuditorAssigned(BAOJI, AUDIT_FIRM)))).isEqualTo(Set.of(BAOJI));
        assertThat(Organisation.parties(Organisation.initialState())).isEmpty();
    }

    static OrganisationState replay(OrganisationEvent... events) {
        OrganisationState state = Organisation.initialState();
        for (OrganisationEvent event : events) {
            state = Organisation.evolve(state, event);
        }
        return state;
    }

    static List<OrganisationEvent> decide(OrganisationCommand command, OrganisationEvent... given) {
        Decision<OrganisationEvent> decision = Organisation.decide(command, replay(given));
        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        return ((Decision.Accepted<OrganisationEvent>) decision).events();
    }

    static Rejection rejection(OrganisationCommand command, OrganisationEvent... given) {
        Decision<OrganisationEvent> decision = Organisation.decide(command, replay(given));
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        return ((Decision.Rejected<OrganisationEvent>) decision).rejection();
    }
}

package com.foretaste.application.organisation;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryRulesTest {

    private static final Organisation UNIVERSITY = new Organisation(new OrganisationId(UUID.randomUUID()),
            "Northwest Polytechnic University", Role.LICENSOR);
    private static final Organisation AUDIT_FIRM = new Organisation(new OrganisationId(UUID.randomUUID()),
            "Huashan Audit Partners", Role.AUDITOR);
    private static final UserAccount REGISTRAR = new UserAccount("registrar", "Li Wei", UNIVERSITY.id(), Role.LICENSOR, true);

    private final DirectoryRules rules = new DirectoryRules(new Directory(), username ->
            Optional.of(REGISTRAR).filter(u -> u.username().equals(username)));

    @Test
    void a_username_is_taken_once_on_the_whole_platform() {
        assertThat(rules.checkUsernameFree("registrar")).hasValueSatisfying(r ->
                assertThat(r.rule()).isEqualTo("username-unique"));
        assertThat(rules.checkUsernameFree("bursar")).isEmpty();
    }

    @Test
    void only_a_registered_audit_firm_is_assigned_as_auditor() {
        assertThat(rules.checkAuditor(AUDIT_FIRM.id())).isEmpty();
        assertThat(rules.checkAuditor(UNIVERSITY.id())).hasValueSatisfying(r ->
                assertThat(r.message()).contains("not as an audit firm"));
        assertThat(rules.checkAuditor(new OrganisationId(UUID.randomUUID()))).hasValueSatisfying(r ->
                assertThat(r.field()).isEqualTo("auditor"));
    }

    @Test
    void only_a_registered_organisation_is_registered_as_a_related_party() {
        assertThat(rules.checkRelatedParty(AUDIT_FIRM.id())).isEmpty();
        assertThat(rules.checkRelatedParty(new OrganisationId(UUID.randomUUID()))).hasValueSatisfying(r ->
                assertThat(r.rule()).isEqualTo("related-party-registered"));
    }

    private static final class Directory implements OrganisationDirectory {
        @Override
        public Optional<Organisation> find(OrganisationId id) {
            return all().stream().filter(o -> o.id().equals(id)).findFirst();
        }

        @Override
        public List<Organisation> all() {
            return List.of(UNIVERSITY, AUDIT_FIRM);
        }

        @Override
        public Set<OrganisationId> auditedBy(OrganisationId auditor) {
            return Set.of();
        }
    }
}

package com.foretaste.infrastructure.organisation;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.platform.organisation.OrganisationState;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

import java.util.List;

/**
 * An organisation's register as the API shows it: who it is, its users, the audit firms assigned to it, a
 * guarantor's latest net assets (absent before any are recorded) and the related parties it registered.
 */
record OrganisationView(String id, String name, Role role, String industryCode, List<UserView> users,
                        List<Party> auditors, OrganisationState.NetAssets netAssets, List<RelatedPartyView> relatedParties,
                        long version) {

    /** Another organisation related to this one (as registered on this register), and how. */
    record RelatedPartyView(String id, String name, String relation) {
    }

    record UserView(String username, String name, Role role, boolean enabled) {
    }

    record Party(String id, String name) {
    }

    /** One line of the directory. */
    record Entry(String id, String name, Role role) {
        static Entry of(Organisation organisation) {
            return new Entry(organisation.id().toString(), organisation.name(), organisation.role());
        }
    }

    static OrganisationView of(OrganisationState.Registered state, long version, OrganisationDirectory directory) {
        return new OrganisationView(state.organisationId().toString(), state.name(), state.role(), state.industryCode(),
                state.users().stream().map(u -> new UserView(u.username(), u.personName(), u.role(), u.enabled())).toList(),
                state.auditors().stream().map(a -> party(a, directory)).toList(), state.netAssets(),
                state.relatedParties().stream().map(r -> new RelatedPartyView(r.organisation().toString(),
                        party(r.organisation(), directory).name(), r.relation())).toList(), version);
    }

    private static Party party(OrganisationId id, OrganisationDirectory directory) {
        return new Party(id.toString(), directory.find(id).map(Organisation::name).orElse(null));
    }
}

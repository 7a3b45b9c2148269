package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

import java.util.List;
import java.util.Optional;

/** An organisation's register as its events leave it: not yet registered, or registered with its users and auditors. */
public sealed interface OrganisationState {

    record None() implements OrganisationState {
    }

    /** Users in the order they were registered; auditors in the order they were assigned. */
    record Registered(OrganisationId organisationId, String name, Role role, String industryCode, List<Member> users,
                      List<OrganisationId> auditors) implements OrganisationState {
        public Registered {
            users = List.copyOf(users);
            auditors = List.copyOf(auditors);
        }

        public Optional<Member> user(String username) {
            return users.stream().filter(u -> u.username().equals(username)).findFirst();
        }
    }

    /** A person who acts for the organisation, in its role, while enabled. */
    record Member(String username, String personName, Role role, boolean enabled) {
    }
}

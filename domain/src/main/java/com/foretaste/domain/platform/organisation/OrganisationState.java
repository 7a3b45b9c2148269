package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An organisation's register as its events leave it: not yet registered, or registered with its users and auditors. */
public sealed interface OrganisationState {

    record None() implements OrganisationState {
    }

    /**
     * Users in the order they were registered; auditors in the order they were assigned; a guarantor's latest net
     * assets (null before any are recorded); related parties in the order they were registered.
     */
    record Registered(OrganisationId organisationId, String name, Role role, String industryCode, List<Member> users,
                      List<OrganisationId> auditors, NetAssets netAssets, List<RelatedParty> relatedParties)
            implements OrganisationState {
        public Registered {
            users = List.copyOf(users);
            auditors = List.copyOf(auditors);
            relatedParties = List.copyOf(relatedParties);
        }

        public Optional<Member> user(String username) {
            return users.stream().filter(u -> u.username().equals(username)).findFirst();
        }
    }

    /** A person who acts for the organisation, in its role, while enabled. */
    record Member(String username, String personName, Role role, boolean enabled) {
    }

    /** A guarantor's net assets as of the date of the accounts they come from. */
    record NetAssets(Money amount, LocalDate asOf, boolean servesMainlySmallAndMicro) {
    }

    /** Another organisation related to this one, and how. */
    record RelatedParty(OrganisationId organisation, String relation) {
    }
}

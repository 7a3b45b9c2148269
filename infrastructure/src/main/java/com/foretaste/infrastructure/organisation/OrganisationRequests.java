package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.shared.Role;

import java.util.UUID;

/** Bodies of the operator's requests on the directory. */
final class OrganisationRequests {

    private OrganisationRequests() {
    }

    /** {@code industryCode}: GB/T 4754, optional. */
    record RegisterOrganisation(String name, Role role, String industryCode) {
    }

    /**
     * {@code name}: the person's name; {@code password}: the initial password, kept only as a hash;
     * {@code role}: optional, and when given it must be the organisation's.
     */
    record RegisterUser(String username, String name, String password, Role role) {
        @Override
        public String toString() {
            return "RegisterUser[" + username + "]";
        }
    }

    record DisableUser(String reason) {
    }

    record AssignAuditor(UUID auditor) {
    }
}

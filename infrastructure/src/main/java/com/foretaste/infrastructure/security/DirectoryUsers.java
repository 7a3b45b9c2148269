package com.foretaste.infrastructure.security;

import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.UserAccount;
import com.foretaste.application.organisation.UserDirectory;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Set;

/**
 * HTTP Basic users, read from the directory at every sign-in: a user registered by a command signs in
 * with the next request, and a disabled one is refused from the next request on. An auditor sees what
 * the organisations its firm is assigned to are party to.
 */
class DirectoryUsers implements UserDetailsService {

    private final UserDirectory users;
    private final OrganisationDirectory organisations;
    private final Credentials credentials;

    DirectoryUsers(UserDirectory users, OrganisationDirectory organisations, Credentials credentials) {
        this.users = users;
        this.organisations = organisations;
        this.credentials = credentials;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = credentials.hash(username).orElseThrow(() -> new UsernameNotFoundException("no password"));
        return new ForetasteUser(account.username(), hash, account.organisation(), account.role(),
                audited(organisations, account.organisation(), account.role()), account.enabled());
    }

    static Set<OrganisationId> audited(OrganisationDirectory organisations, OrganisationId organisation, Role role) {
        return role == Role.AUDITOR ? organisations.auditedBy(organisation) : Set.of();
    }
}

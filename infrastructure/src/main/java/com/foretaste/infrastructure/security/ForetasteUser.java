package com.foretaste.infrastructure.security;

import com.foretaste.application.access.Viewer;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An authenticated principal, however it signed in (HTTP Basic against the directory, or a signed JWT):
 * its organisation, its role, and for auditors the organisations its firm is assigned to.
 */
public final class ForetasteUser implements UserDetails {

    private final String username;
    private final String password;
    private final OrganisationId organisation;
    private final Role role;
    private final Set<OrganisationId> audits;
    private final boolean enabled;

    ForetasteUser(String username, String password, OrganisationId organisation, Role role, Set<OrganisationId> audits,
                  boolean enabled) {
        this.username = username;
        this.password = password;
        this.organisation = organisation;
        this.role = role;
        this.audits = Set.copyOf(audits);
        this.enabled = enabled;
    }

    public OrganisationId organisation() {
        return organisation;
    }

    public Role role() {
        return role;
    }

    public Viewer asViewer() {
        return new Viewer(username, organisation, role, audits);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}

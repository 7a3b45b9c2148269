package com.foretaste.infrastructure.security;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Users from configuration, checked at start-up: each must belong to a registered organisation and
 * act in that organisation's role, and no username may appear twice. A misconfigured platform does
 * not start, rather than start with users who cannot work or can do too much.
 */
class ConfiguredUsers implements UserDetailsService {

    private final Map<String, ForetasteUser> byName = new HashMap<>();

    ConfiguredUsers(UserProperties properties, OrganisationDirectory directory) {
        for (UserProperties.User user : properties.users()) {
            Organisation organisation = directory.find(new OrganisationId(user.organisation()))
                    .orElseThrow(() -> new IllegalStateException("user '" + user.username()
                            + "' belongs to organisation " + user.organisation() + ", which is not registered"));
            if (organisation.role() != user.role()) {
                throw new IllegalStateException("user '" + user.username() + "' has role " + user.role()
                        + " but " + organisation.name() + " acts as " + organisation.role());
            }
            ForetasteUser previous = byName.put(user.username(), new ForetasteUser(user.username(), user.password(),
                    organisation.id(), user.role(),
                    user.audits().stream().map(OrganisationId::new).collect(Collectors.toSet())));
            if (previous != null) {
                throw new IllegalStateException("username '" + user.username() + "' is configured twice");
            }
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ForetasteUser user = byName.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return new ForetasteUser(user.getUsername(), user.getPassword(), user.organisation(), user.role(),
                user.asViewer().auditedOrganisations());
    }

    Iterable<ForetasteUser> all() {
        return byName.values();
    }
}

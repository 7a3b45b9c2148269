package com.foretaste.infrastructure.security;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.UserDirectory;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;

/**
 * Turns a verified JWT into the platform's principal: {@code sub} is the person, {@code org} the
 * organisation (which must be registered) and {@code role} its role (which must be the organisation's).
 * A person whom the directory knows under the same username must belong to that organisation and be
 * enabled: disabling a user refuses its tokens too.
 */
class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ORGANISATION_CLAIM = "org";
    static final String ROLE_CLAIM = "role";

    private final OrganisationDirectory organisations;
    private final UserDirectory users;

    JwtUsers(OrganisationDirectory organisations, UserDirectory users) {
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String person = jwt.getSubject();
        OrganisationId organisationId = organisationId(jwt.getClaimAsString(ORGANISATION_CLAIM));
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> refused("organisation " + organisationId + " is not registered on the platform"));
        Role role = role(jwt.getClaimAsString(ROLE_CLAIM));
        if (role != organisation.role()) {
            throw refused("the role claim " + role + " is not the role of " + organisation.name() + " (" + organisation.role() + ")");
        }
        users.find(person).ifPresent(known -> {
            if (!known.organisation().equals(organisationId) || !known.enabled()) {
                throw refused("user '" + person + "' is disabled or belongs to another organisation");
            }
        });
        ForetasteUser user = new ForetasteUser(person, null, organisationId, role,
                DirectoryUsers.audited(organisations, organisationId, role), true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static OrganisationId organisationId(String claim) {
        try {
            return OrganisationId.parse(claim);
        } catch (RuntimeException e) {
            throw refused("the org claim is not an organisation id");
        }
    }

    private static Role role(String claim) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(claim)).findFirst()
                .orElseThrow(() -> refused("the role claim is not one of " + Arrays.toString(Role.values())));
    }

    private static OAuth2AuthenticationException refused(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}

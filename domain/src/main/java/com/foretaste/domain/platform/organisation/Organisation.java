package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.platform.organisation.OrganisationCommand.AssignAuditor;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RecordNetAssets;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RegisterRelatedParty;
import com.foretaste.domain.platform.organisation.OrganisationCommand.DisableUser;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RegisterOrganisation;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RegisterUser;
import com.foretaste.domain.platform.organisation.OrganisationCommand.UnassignAuditor;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorAssigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorUnassigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.NetAssetsRecorded;
import com.foretaste.domain.platform.organisation.OrganisationEvent.OrganisationRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.RelatedPartyRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserDisabled;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserRegistered;
import com.foretaste.domain.platform.organisation.OrganisationState.Member;
import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.platform.organisation.OrganisationState.None;
import com.foretaste.domain.platform.organisation.OrganisationState.Registered;
import com.foretaste.domain.platform.organisation.OrganisationState.RelatedParty;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's register on the platform (domain.md, "Parties and roles"): it is registered once in
 * one role; its users act in that role and are disabled, never deleted; audit firms are assigned to
 * organisations that are parties to instruments (licensors, licensees, guarantors, insurers), each once.
 * Usernames are unique on the whole platform: that rule needs the directory and is the application's. A guarantor's
 * net assets and an obligor's related parties are recorded here for the limits of guarantees ({@link LimitRecords}).
 */
public final class Organisation {

    static final String REGISTERED = "REGISTERED";
    private static final Set<Role> AUDITABLE = EnumSet.of(Role.LICENSOR, Role.LICENSEE, Role.GUARANTOR, Role.INSURER);

    private Organisation() {
    }

    public static OrganisationState initialState() {
        return new None();
    }

    public static Decision<OrganisationEvent> decide(OrganisationCommand command, OrganisationState state) {
        if (command instanceof RegisterOrganisation c) {
            return state instanceof None ? register(c) : Decision.reject(Rejection.notAllowedIn(REGISTERED,
                    "organisation-registered-once", "organisation " + c.organisationId() + " is registered already"));
        }
        if (!(state instanceof Registered registered)) {
            return Decision.reject(Rejection.notFound("organisation-registered",
                    "organisation " + command.organisationId() + " is not registered"));
        }
        return switch (command) {
            case RegisterOrganisation c -> throw new IllegalStateException("decided above");
            case RegisterUser c -> registerUser(c, registered);
            case DisableUser c -> disableUser(c, registered);
            case AssignAuditor c -> assignAuditor(c, registered);
            case UnassignAuditor c -> unassignAuditor(c, registered);
            case RecordNetAssets c -> LimitRecords.recordNetAssets(c, registered);
            case RegisterRelatedParty c -> LimitRecords.registerRelatedParty(c, registered);
        };
    }

    private static Decision<OrganisationEvent> register(RegisterOrganisation c) {
        return first(RegisterRules.name(c.name(), "name", "organisation-name"),
                c.role() == null ? Optional.of(Rejection.invalid("organisation-role", "role", "an organisation acts in one role"))
                        : Optional.empty(),
                RegisterRules.industryCode(c.industryCode()))
                .orElseGet(() -> Decision.accept(new OrganisationRegistered(c.organisationId(), c.name().strip(), c.role(),
                        c.industryCode())));
    }

    private static Decision<OrganisationEvent> registerUser(RegisterUser c, Registered o) {
        Optional<Decision<OrganisationEvent>> invalid = first(RegisterRules.username(c.username()),
                RegisterRules.name(c.personName(), "personName", "person-name"),
                c.role() == o.role() ? Optional.empty() : Optional.of(Rejection.invalid("user-role-is-organisation-role",
                        "role", o.name() + " acts as " + o.role() + "; its users cannot act as " + c.role())));
        if (invalid.isPresent()) {
            return invalid.get();
        }
        if (o.user(c.username()).isPresent()) {
            return Decision.reject(Rejection.notAllowedIn(REGISTERED, "username-unique",
                    "user '" + c.username() + "' is registered already"));
        }
        return Decision.accept(new UserRegistered(o.organisationId(), c.username(), c.personName().strip(), c.role()));
    }

    private static Decision<OrganisationEvent> disableUser(DisableUser c, Registered o) {
        Optional<Member> user = o.user(c.username());
        if (user.isEmpty()) {
            return Decision.reject(Rejection.notFound("user-registered",
                    "no user '" + c.username() + "' in " + o.name()));
        }
        if (!user.get().enabled()) {
            return Decision.reject(Rejection.notAllowedIn("DISABLED", "user-enabled",
                    "user '" + c.username() + "' is disabled already"));
        }
        return first(RegisterRules.reason(c.reason()))
                .orElseGet(() -> Decision.accept(new UserDisabled(o.organisationId(), c.username(), c.reason())));
    }

    private static Decision<OrganisationEvent> assignAuditor(AssignAuditor c, Registered o) {
        if (!AUDITABLE.contains(o.role())) {
            return Decision.reject(Rejection.invalid("auditable-role", null, o.name() + " acts as " + o.role()
                    + " and is party to no instrument; auditors are assigned to licensors, licensees, guarantors and insurers"));
        }
        if (o.auditors().contains(c.auditor())) {
            return Decision.reject(Rejection.notAllowedIn(REGISTERED, "auditor-assigned-once",
                    "auditor " + c.auditor() + " is assigned to " + o.name() + " already"));
        }
        return Decision.accept(new AuditorAssigned(o.organisationId(), c.auditor()));
    }

    private static Decision<OrganisationEvent> unassignAuditor(UnassignAuditor c, Registered o) {
        if (!o.auditors().contains(c.auditor())) {
            return Decision.reject(Rejection.notAllowedIn(REGISTERED, "auditor-assigned",
                    "auditor " + c.auditor() + " is not assigned to " + o.name()));
        }
        return Decision.accept(new AuditorUnassigned(o.organisationId(), c.auditor()));
    }

    public static OrganisationState evolve(OrganisationState state, OrganisationEvent event) {
        return switch (event) {
            case OrganisationRegistered e -> new Registered(e.organisationId(), e.name(), e.role(), e.industryCode(),
                    List.of(), List.of(), null, List.of());
            case UserRegistered e when state instanceof Registered o -> with(o, plus(o.users(),
                    new Member(e.username(), e.personName(), e.role(), true)), o.auditors());
            case UserDisabled e when state instanceof Registered o -> with(o, o.users().stream()
                    .map(u -> u.username().equals(e.username()) ? new Member(u.username(), u.personName(), u.role(), false) : u)
                    .toList(), o.auditors());
            case AuditorAssigned e when state instanceof Registered o -> with(o, o.users(), plus(o.auditors(), e.auditor()));
            case AuditorUnassigned e when state instanceof Registered o -> with(o, o.users(),
                    o.auditors().stream().filter(a -> !a.equals(e.auditor())).toList());
            case NetAssetsRecorded e when state instanceof Registered o -> new Registered(o.organisationId(), o.name(),
                    o.role(), o.industryCode(), o.users(), o.auditors(), new NetAssets(e.netAssets(), e.asOf(),
                    e.servesMainlySmallAndMicro()), o.relatedParties());
            case RelatedPartyRegistered e when state instanceof Registered o -> new Registered(o.organisationId(),
                    o.name(), o.role(), o.industryCode(), o.users(), o.auditors(), o.netAssets(),
                    plus(o.relatedParties(), new RelatedParty(e.relatedParty(), e.relation())));
            default -> state;
        };
    }

    /** Only the organisation itself is party to its register (its auditors and the operator see it too). */
    public static Set<OrganisationId> parties(OrganisationState state) {
        return state instanceof Registered o ? Set.of(o.organisationId()) : Set.of();
    }

    private static Registered with(Registered o, List<Member> users, List<OrganisationId> auditors) {
        return new Registered(o.organisationId(), o.name(), o.role(), o.industryCode(), users, auditors, o.netAssets(),
                o.relatedParties());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    @SafeVarargs
    private static Optional<Decision<OrganisationEvent>> first(Optional<Rejection>... checks) {
        for (Optional<Rejection> check : checks) {
            if (check.isPresent()) {
                return Optional.of(Decision.reject(check.get()));
            }
        }
        return Optional.empty();
    }
}

package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.platform.organisation.OrganisationCommand.RecordNetAssets;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RegisterRelatedParty;
import com.foretaste.domain.platform.organisation.OrganisationEvent.NetAssetsRecorded;
import com.foretaste.domain.platform.organisation.OrganisationEvent.RelatedPartyRegistered;
import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.platform.organisation.OrganisationState.Registered;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.Role;

import java.util.Optional;

/**
 * What the regulatory limits of guarantees need from the register (docs/domain/guarantees.md, "Regulatory
 * limits"): a guarantor's net assets, recorded by the operator from its accounts, the latest figure counting; and
 * an obligor's related parties. Net assets stay in the currency first recorded, because the limits add up the
 * guarantor's liability in that currency and a change would leave its earlier guarantees out; and a figure is
 * never recorded as of a date before the latest one, which would then no longer be the latest.
 */
final class LimitRecords {

    private LimitRecords() {
    }

    static Decision<OrganisationEvent> recordNetAssets(RecordNetAssets c, Registered o) {
        return check(c, o).map(Decision::<OrganisationEvent>reject).orElseGet(() -> Decision.accept(
                new NetAssetsRecorded(o.organisationId(), c.netAssets(), c.asOf(), c.servesMainlySmallAndMicro())));
    }

    private static Optional<Rejection> check(RecordNetAssets c, Registered o) {
        if (o.role() != Role.GUARANTOR) {
            return Optional.of(Rejection.invalid("net-assets-of-guarantor", null, o.name() + " acts as " + o.role()
                    + "; net assets are recorded for guarantors, whose limits they set"));
        }
        if (c.netAssets() == null || !c.netAssets().isPositive()) {
            return Optional.of(Rejection.invalid("net-assets-positive", "netAssets", "net assets are an amount above zero"));
        }
        if (c.asOf() == null) {
            return Optional.of(Rejection.invalid("net-assets-as-of", "asOf", "net assets are as of the date of the accounts"));
        }
        NetAssets latest = o.netAssets();
        if (latest != null && !latest.amount().currency().equals(c.netAssets().currency())) {
            return Optional.of(Rejection.invalid("net-assets-currency-kept", "netAssets", "net assets are recorded in "
                    + latest.amount().currency() + ", the currency the limits count the guarantor's liability in"));
        }
        if (latest != null && c.asOf().isBefore(latest.asOf())) {
            return Optional.of(Rejection.invalid("net-assets-in-order", "asOf", "net assets as of " + latest.asOf()
                    + " are recorded already; a figure as of " + c.asOf() + " would not be the latest"));
        }
        return Optional.empty();
    }

    static Decision<OrganisationEvent> registerRelatedParty(RegisterRelatedParty c, Registered o) {
        if (c.relatedParty() == null || c.relatedParty().equals(o.organisationId())) {
            return Decision.reject(Rejection.invalid("related-party-other", "relatedParty",
                    "a related party is another registered organisation"));
        }
        Optional<Rejection> relation = RegisterRules.name(c.relation(), "relation", "relation-text");
        if (relation.isPresent()) {
            return Decision.reject(relation.get());
        }
        if (o.relatedParties().stream().anyMatch(r -> r.organisation().equals(c.relatedParty()))) {
            return Decision.reject(Rejection.notAllowedIn(Organisation.REGISTERED, "related-party-once",
                    "organisation " + c.relatedParty() + " is registered as related to " + o.name() + " already"));
        }
        return Decision.accept(new RelatedPartyRegistered(o.organisationId(), c.relatedParty(), c.relation().strip()));
    }
}

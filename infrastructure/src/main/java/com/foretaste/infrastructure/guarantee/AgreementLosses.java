package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.access.Viewer;
import com.foretaste.application.guarantee.DefaultLosses;
import com.foretaste.domain.guarantee.financing.Call;
import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeFile;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.domain.insurance.policy.Claim;
import com.foretaste.domain.insurance.policy.Policy;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyFile;
import com.foretaste.domain.insurance.policy.PolicyState;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.logging.DeniedAccess;
import com.foretaste.infrastructure.web.NotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The losses of an agreement, read from the events of the agreement, of the policies on it and of its guarantees
 * (found through their read models): for each default, {@link DefaultLosses}. Seen by every party of the agreement,
 * of a policy on it or of a guarantee of it (with their auditors and the operator): each of them bears a share.
 */
@Component
class AgreementLosses {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    AgreementLosses(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    LossesView of(UUID agreementId, Viewer viewer) {
        List<AgreementEvent> agreementEvents = events(agreementId, AgreementEvent.class);
        if (agreementEvents.isEmpty() || !(agreementEvents.get(0) instanceof AgreementEvent.AgreementProposed proposed)) {
            throw notVisible(agreementId, "no such agreement");
        }
        Set<OrganisationId> parties = new HashSet<>(List.of(proposed.licensor(), proposed.licensee()));
        List<PolicyFile> policies = jdbc.queryForList("SELECT policy_id FROM policy_summary WHERE agreement_id = ?"
                + " ORDER BY quoted_on, policy_id", UUID.class, agreementId).stream()
                .map(id -> policyFile(Policy.replay(events(id, PolicyEvent.class)))).flatMap(Optional::stream).toList();
        policies.forEach(p -> parties.addAll(List.of(p.terms().insurer(), p.terms().insured(), p.terms().policyholder())));
        List<Guaranteed> guarantees = jdbc.queryForList("SELECT guarantee_id FROM guarantee_summary WHERE agreement_id = ?"
                + " ORDER BY requested_on, guarantee_id", UUID.class, agreementId).stream()
                .map(id -> new Guaranteed(id, FinancingGuarantee.replay(events(id, GuaranteeEvent.class)))).toList();
        guarantees.forEach(g -> parties.addAll(FinancingGuarantee.parties(g.state())));
        if (!viewer.sees(parties)) {
            throw notVisible(agreementId, "no party of the agreement, its policies or its guarantees is visible to the viewer");
        }
        Money zero = Money.zero(proposed.terms().currency());
        List<LossesView.DefaultLoss> losses = defaults(agreementEvents).stream().map(d -> LossesView.DefaultLoss.of(
                DefaultLosses.of(d, indemnityPaid(policies, d.defaultedOn(), zero), facts(guarantees, d.defaultedOn()))))
                .toList();
        return new LossesView(agreementId.toString(), losses);
    }

    private static List<DefaultLosses.AgreementDefault> defaults(List<AgreementEvent> events) {
        List<DefaultLosses.AgreementDefault> defaults = new ArrayList<>();
        for (AgreementEvent event : events) {
            if (event instanceof AgreementEvent.AgreementDefaulted d) {
                defaults.add(new DefaultLosses.AgreementDefault(d.defaultedOn(), d.principal(), d.interest(), null));
            } else if (event instanceof AgreementEvent.DefaultCured c) {
                for (int i = 0; i < defaults.size(); i++) {
                    DefaultLosses.AgreementDefault d = defaults.get(i);
                    if (d.curedOn() == null && !d.defaultedOn().isAfter(c.curedOn())) {
                        defaults.set(i, new DefaultLosses.AgreementDefault(d.defaultedOn(), d.principal(), d.interest(),
                                c.curedOn()));
                    }
                }
            }
        }
        return defaults;
    }

    /** What the insurers paid on the default: the indemnities of its claims paid. */
    private static Money indemnityPaid(List<PolicyFile> policies, LocalDate defaultedOn, Money zero) {
        return policies.stream().flatMap(p -> p.claims().stream())
                .filter(c -> c.defaultedOn().equals(defaultedOn) && c.paidOn() != null).map(Claim::indemnity)
                .reduce(zero, Money::plus);
    }

    /** The first guarantee that noted the default: its cover, and what its call on the default moved. */
    private static Optional<DefaultLosses.GuaranteeFacts> facts(List<Guaranteed> guarantees, LocalDate defaultedOn) {
        for (Guaranteed guaranteed : guarantees) {
            GuaranteeState state = guaranteed.state();
            Optional<GuaranteeFile> file = FinancingGuarantee.file(state);
            if (file.isEmpty() || file.get().defaultOn(defaultedOn).isEmpty()) {
                continue;
            }
            GuaranteeFile f = file.get();
            String id = guaranteed.id().toString();
            Money zero = Money.zero(f.terms().cap().currency());
            Call call = f.call() != null && f.call().defaultedOn().equals(defaultedOn) ? f.call() : null;
            if (call != null && call.isHonoured()) {
                return Optional.of(new DefaultLosses.GuaranteeFacts(id, f.terms().coverageRatio(), call.honoured(),
                        f.terms().programme(), call.honoured(), call.refunded(), call.reimbursed(), call.recoveries(),
                        call.writtenOff()));
            }
            return Optional.of(new DefaultLosses.GuaranteeFacts(id, f.terms().coverageRatio(), FinancingGuarantee.exposure(state),
                    f.terms().programme(), zero, zero, List.of(), List.of(), zero));
        }
        return Optional.empty();
    }

    private record Guaranteed(UUID id, GuaranteeState state) {
    }

    private <T> List<T> events(UUID aggregateId, Class<T> type) {
        return eventStore.readEvents(aggregateId.toString(), 0L).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    private static Optional<PolicyFile> policyFile(PolicyState state) {
        return switch (state) {
            case PolicyState.Quoted s -> Optional.of(s.file());
            case PolicyState.Active s -> Optional.of(s.file());
            case PolicyState.Expired s -> Optional.of(s.file());
            case PolicyState.Cancelled s -> Optional.of(s.file());
            case PolicyState.Lapsed s -> Optional.of(s.file());
            case PolicyState.None s -> Optional.empty();
        };
    }

    private static NotFoundException notVisible(UUID agreementId, String reason) {
        DeniedAccess.log("404 not a party", "losses of agreement " + agreementId, reason);
        return new NotFoundException("No agreement " + agreementId + " is visible to your organisation.");
    }
}

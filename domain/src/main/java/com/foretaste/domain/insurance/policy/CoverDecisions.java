package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.insurance.policy.PolicyState.*;
import com.foretaste.domain.shared.Decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the covered agreement's life and the calendar mean to a policy. A default is covered when it
 * happened inside the policy period on or after the day the policy became active; a claim on it may be
 * filed from {@code default + waiting period} (filed by the policy itself where it says so); a cure
 * withdraws the claims not yet paid. The end of day lapses a quote unpaid after its due date, marks
 * waiting periods over and claim payments overdue, and expires the policy at its period's end.
 * Each observation records only what is not recorded yet.
 */
final class CoverDecisions {

    static final String PLATFORM = "platform";

    private CoverDecisions() {
    }

    static Decision<PolicyEvent> noteDefault(NoteDefault c, PolicyState state) {
        LocalDate activatedOn = switch (state) {
            case Active a -> a.activatedOn();
            case Expired e -> e.activatedOn();
            default -> null;
        };
        if (activatedOn == null) {
            return Decision.accept();
        }
        PolicyFile f = States.fileOf(state);
        boolean covered = f.terms().period().contains(c.defaultedOn()) && !c.defaultedOn().isBefore(activatedOn);
        if (!covered || f.defaultOn(c.defaultedOn()).isPresent()) {
            return Decision.accept();
        }
        return Decision.accept(new DefaultCovered(c.policyId(), c.defaultedOn(), c.principal(), c.interest(),
                c.receivables(), c.defaultedOn().plusDays(f.terms().waitingPeriodDays())));
    }

    static Decision<PolicyEvent> noteCure(NoteCure c, PolicyState state) {
        if (!States.covering(state)) {
            return Decision.accept();
        }
        PolicyFile f = States.fileOf(state);
        List<PolicyEvent> events = new ArrayList<>();
        for (CoveredDefault d : f.defaults()) {
            if (d.cured() || d.defaultedOn().isAfter(c.curedOn())) {
                continue;
            }
            events.add(new DefaultCureNoted(c.policyId(), d.defaultedOn(), c.curedOn()));
            f.claimFor(d.defaultedOn()).filter(claim -> claim.status().unpaid())
                    .ifPresent(claim -> events.add(new ClaimWithdrawn(c.policyId(), claim.claimId(), c.curedOn())));
        }
        return new Decision.Accepted<>(events);
    }

    static Decision<PolicyEvent> observe(ObserveBusinessDate c, PolicyState state) {
        LocalDate date = c.date();
        return switch (state) {
            case Quoted q -> date.isAfter(q.file().terms().premiumDueOn())
                    ? Decision.accept(new PolicyLapsed(c.policyId(), q.file().terms().premiumDueOn().plusDays(1),
                    q.file().policyholderPaid(), q.file().subsidyPaid()))
                    : Decision.accept();
            case Active a -> {
                List<PolicyEvent> events = claimsDue(c.policyId(), a.file(), date);
                LocalDate end = a.file().terms().period().endExclusive();
                if (!date.isBefore(end)) {
                    events.add(new PolicyExpired(c.policyId(), end));
                }
                yield new Decision.Accepted<>(events);
            }
            case Expired e -> new Decision.Accepted<>(claimsDue(c.policyId(), e.file(), date));
            case None n -> Decision.accept();
            case Cancelled x -> Decision.accept();
            case Lapsed x -> Decision.accept();
        };
    }

    private static List<PolicyEvent> claimsDue(PolicyId policyId, PolicyFile f, LocalDate date) {
        List<PolicyEvent> events = new ArrayList<>();
        for (CoveredDefault d : f.defaults()) {
            if (d.claimable() || d.cured() || date.isBefore(d.claimableFrom())) {
                continue;
            }
            events.add(new ClaimBecameFileable(policyId, d.defaultedOn(), d.claimableFrom()));
            if (f.terms().automaticFiling() && f.claimFor(d.defaultedOn()).isEmpty()) {
                events.add(new ClaimFiled(policyId, automaticClaimId(policyId, d.defaultedOn()), d.defaultedOn(), d.loss(),
                        PLATFORM, true, date));
            }
        }
        for (Claim claim : f.claims()) {
            if (claim.status() == ClaimStatus.APPROVED && !claim.paymentOverdue() && date.isAfter(claim.paymentDueOn())) {
                events.add(new ClaimPaymentOverdue(policyId, claim.claimId(), claim.paymentDueOn(),
                        claim.paymentDueOn().plusDays(1)));
            }
        }
        return events;
    }

    /** The id of the claim a policy files itself on a default: the same each time it is derived. */
    static ClaimId automaticClaimId(PolicyId policyId, LocalDate defaultedOn) {
        return new ClaimId(UUID.nameUUIDFromBytes(("claim\n" + policyId + "\n" + defaultedOn)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}

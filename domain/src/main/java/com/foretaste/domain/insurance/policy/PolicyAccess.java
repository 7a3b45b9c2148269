package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what to a policy, in one place: its parties are the insurer, the insured (the licensor)
 * and the policyholder; they alone (with their auditors and the operator) see it. The insurer quotes,
 * records premium, assesses, approves, rejects, pays, records recoveries and closes claims; the
 * insured files claims; the policyholder cancels. An organisation that is no party learns nothing.
 */
public final class PolicyAccess {

    /** The rule by which an organisation that is no party to a policy is refused (answered as not found). */
    public static final String PARTY_RULE = "party-to-policy";

    /** The part a party plays in a policy. */
    public enum Part { INSURER, INSURED, POLICYHOLDER }

    private PolicyAccess() {
    }

    public static Set<OrganisationId> parties(PolicyTerms terms) {
        Set<OrganisationId> parties = new LinkedHashSet<>();
        parties.add(terms.insurer());
        parties.add(terms.insured());
        parties.add(terms.policyholder());
        return Set.copyOf(parties);
    }

    /** The part a command needs its actor to play. */
    public static Part requiredPart(ByParty command) {
        return switch (command) {
            case QuotePolicy c -> Part.INSURER;
            case RecordPremiumPayment c -> Part.INSURER;
            case CancelPolicy c -> Part.POLICYHOLDER;
            case FileClaim c -> Part.INSURED;
            case AssessClaim c -> Part.INSURER;
            case ApproveClaim c -> Part.INSURER;
            case RejectClaim c -> Part.INSURER;
            case PayClaim c -> Part.INSURER;
            case RecordRecovery c -> Part.INSURER;
            case CloseClaim c -> Part.INSURER;
        };
    }

    /** Refuses an actor that is no party (as not found), or a party in the wrong part (as forbidden). */
    static Optional<Rejection> check(ByParty command, PolicyTerms terms) {
        OrganisationId actor = command.actor().organisation();
        if (!parties(terms).contains(actor)) {
            return Optional.of(Rejection.notAParty(PARTY_RULE, "your organisation is no party to this policy"));
        }
        Part part = requiredPart(command);
        if (!plays(actor, part, terms)) {
            return Optional.of(Rejection.notAParty(part.name().toLowerCase(java.util.Locale.ROOT) + "-only",
                    "only the policy's " + part.name().toLowerCase(java.util.Locale.ROOT) + " may do this"));
        }
        return Optional.empty();
    }

    static boolean plays(OrganisationId organisation, Part part, PolicyTerms terms) {
        return switch (part) {
            case INSURER -> terms.insurer().equals(organisation);
            case INSURED -> terms.insured().equals(organisation);
            case POLICYHOLDER -> terms.policyholder().equals(organisation);
        };
    }
}

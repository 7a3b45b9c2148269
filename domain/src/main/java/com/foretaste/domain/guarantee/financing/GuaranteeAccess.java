package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what to a guarantee, in one place: its parties are the guarantor, the beneficiary and the obligor;
 * they alone (with their auditors and the operator) see it. Any party may request it; the beneficiary calls it;
 * the guarantor does everything else. An organisation that is no party learns nothing.
 */
public final class GuaranteeAccess {

    /** The rule by which an organisation that is no party to a guarantee is refused (answered as not found). */
    public static final String PARTY_RULE = "party-to-guarantee";

    /** The part a party plays in a guarantee. */
    public enum Part { GUARANTOR, BENEFICIARY, OBLIGOR, ANY }

    private GuaranteeAccess() {
    }

    public static Set<OrganisationId> parties(GuaranteeTerms terms) {
        Set<OrganisationId> parties = new LinkedHashSet<>();
        parties.add(terms.guarantor());
        parties.add(terms.beneficiary());
        parties.add(terms.obligor());
        return Set.copyOf(parties);
    }

    public static Part requiredPart(ByParty command) {
        return switch (command) {
            case RequestGuarantee c -> Part.ANY;
            case CallGuarantee c -> Part.BENEFICIARY;
            case ApproveGuarantee c -> Part.GUARANTOR;
            case DeclineGuarantee c -> Part.GUARANTOR;
            case RecordFeePayment c -> Part.GUARANTOR;
            case AssessCall c -> Part.GUARANTOR;
            case HonourCall c -> Part.GUARANTOR;
            case RejectCall c -> Part.GUARANTOR;
            case RecordReimbursement c -> Part.GUARANTOR;
            case ReturnReimbursement c -> Part.GUARANTOR;
            case RecordBeneficiaryRefund c -> Part.GUARANTOR;
            case RecordRecovery c -> Part.GUARANTOR;
            case WriteOff c -> Part.GUARANTOR;
        };
    }

    /** Refuses an actor that is no party (as not found), or a party in the wrong part (as forbidden). */
    static Optional<Rejection> check(ByParty command, GuaranteeTerms terms) {
        OrganisationId actor = command.actor().organisation();
        if (!parties(terms).contains(actor)) {
            return Optional.of(Rejection.notAParty(PARTY_RULE, "your organisation is no party to this guarantee"));
        }
        Part part = requiredPart(command);
        if (!plays(actor, part, terms)) {
            String name = part.name().toLowerCase(Locale.ROOT);
            return Optional.of(Rejection.notAParty(name + "-only", "only the guarantee's " + name + " may do this"));
        }
        return Optional.empty();
    }

    static boolean plays(OrganisationId organisation, Part part, GuaranteeTerms terms) {
        return switch (part) {
            case GUARANTOR -> terms.guarantor().equals(organisation);
            case BENEFICIARY -> terms.beneficiary().equals(organisation);
            case OBLIGOR -> terms.obligor().equals(organisation);
            case ANY -> parties(terms).contains(organisation);
        };
    }
}

package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What parties, the platform's process manager and its end-of-day run ask of a policy. A party's
 * command names the acting organisation and person ({@link Actor}); who may issue which is
 * {@link PolicyAccess}'s rule.
 */
public sealed interface PolicyCommand {

    PolicyId policyId();

    /** Commands a party issues. */
    sealed interface ByParty extends PolicyCommand {
        Actor actor();
    }

    /** Commands the platform issues: the process manager and the end of day. */
    sealed interface ByPlatform extends PolicyCommand {
    }

    record QuotePolicy(PolicyId policyId, Actor actor, PolicyTerms terms, CoveredAgreement agreement) implements ByParty {
    }

    record RecordPremiumPayment(PolicyId policyId, Actor actor, PremiumPayer payer, Money amount, String reference)
            implements ByParty {
    }

    record CancelPolicy(PolicyId policyId, Actor actor, String reason) implements ByParty {
    }

    /** The insured files a claim on the default of the covered agreement of {@code defaultedOn}. */
    record FileClaim(PolicyId policyId, Actor actor, ClaimId claimId, LocalDate defaultedOn) implements ByParty {
    }

    record AssessClaim(PolicyId policyId, Actor actor, ClaimId claimId, Money reserve, String note) implements ByParty {
    }

    record ApproveClaim(PolicyId policyId, Actor actor, ClaimId claimId) implements ByParty {
    }

    record RejectClaim(PolicyId policyId, Actor actor, ClaimId claimId, String reason) implements ByParty {
    }

    record PayClaim(PolicyId policyId, Actor actor, ClaimId claimId, String reference) implements ByParty {
    }

    /** The insurer records money it recovered itself (a collection, a settlement) on a paid claim. */
    record RecordRecovery(PolicyId policyId, Actor actor, ClaimId claimId, Money amount, String reference)
            implements ByParty {
    }

    record CloseClaim(PolicyId policyId, Actor actor, ClaimId claimId, String reason) implements ByParty {
    }

    /** The covered agreement defaulted (as its {@code AgreementDefaulted} recorded). */
    record NoteDefault(PolicyId policyId, LocalDate defaultedOn, Money principal, Money interest,
                       List<Integer> receivables) implements ByPlatform {
        public NoteDefault {
            receivables = List.copyOf(receivables);
        }
    }

    /** The covered agreement's default was cured on {@code curedOn}. */
    record NoteCure(PolicyId policyId, LocalDate curedOn) implements ByPlatform {
    }

    /** The licensee paid: {@code applied} is what went to each amount due ({@code paymentId}: the event's id). */
    record NoteLicenseePayment(PolicyId policyId, String paymentId, LocalDate receivedOn, List<Applied> applied)
            implements ByPlatform {
        public NoteLicenseePayment {
            applied = List.copyOf(applied);
        }
    }

    /** Part of a licensee's payment applied to one amount due of the agreement. */
    record Applied(int receivable, Money amount) {
    }

    /** The end-of-day run: apply what the arrival of {@code date} means (lapse, expiry, waiting periods, overdue payments). */
    record ObserveBusinessDate(PolicyId policyId, LocalDate date) implements ByPlatform {
    }
}

package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.limits.GuarantorBook;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;

/**
 * What parties, the platform's process manager and its end-of-day run ask of a financing guarantee. A party's
 * command names the acting organisation and person ({@link Actor}); who may issue which is {@link GuaranteeAccess}'s.
 */
public sealed interface GuaranteeCommand {

    GuaranteeId guaranteeId();

    /** Commands a party issues. */
    sealed interface ByParty extends GuaranteeCommand {
        Actor actor();
    }

    /** Commands the platform issues: the process manager following the agreement and the insurer, and the end of day. */
    sealed interface ByPlatform extends GuaranteeCommand {
    }

    /** A party asks the guarantor to guarantee the obligor's payments under the agreement the platform read. */
    record RequestGuarantee(GuaranteeId guaranteeId, Actor actor, GuaranteeTerms terms, GuaranteedAgreement agreement)
            implements ByParty {
    }

    /** The guarantor approves; {@code book} is its book before this guarantee, for the regulatory limits. */
    record ApproveGuarantee(GuaranteeId guaranteeId, Actor actor, GuarantorBook book) implements ByParty {
    }

    record DeclineGuarantee(GuaranteeId guaranteeId, Actor actor, String reason) implements ByParty {
    }

    /** The guarantor records fee received; it goes to the oldest instalment unpaid. */
    record RecordFeePayment(GuaranteeId guaranteeId, Actor actor, Money amount, String reference) implements ByParty {
    }

    /** The beneficiary calls the guarantee on the default of {@code defaultedOn}. */
    record CallGuarantee(GuaranteeId guaranteeId, Actor actor, CallId callId, LocalDate defaultedOn) implements ByParty {
    }

    /** A person of the guarantor prepares the honouring: the amount the waterfall gives today. */
    record AssessCall(GuaranteeId guaranteeId, Actor actor, CallId callId) implements ByParty {
    }

    /** A person of the guarantor honours the assessed call: another person than the assessor above the threshold. */
    record HonourCall(GuaranteeId guaranteeId, Actor actor, CallId callId, String reference) implements ByParty {
    }

    record RejectCall(GuaranteeId guaranteeId, Actor actor, CallId callId, String reason) implements ByParty {
    }

    /** The guarantor received a risk-sharing partner's reimbursement (never more than it still owes). */
    record RecordReimbursement(GuaranteeId guaranteeId, Actor actor, CallId callId, String partner, Money amount,
                               String reference) implements ByParty {
    }

    /** The guarantor paid a partner back what it reimbursed beyond its share once the insurer's later payment settled the call. */
    record ReturnReimbursement(GuaranteeId guaranteeId, Actor actor, CallId callId, String partner, Money amount,
                               String reference) implements ByParty {
    }

    /** The guarantor received back from the beneficiary what it paid beyond its waterfall share. */
    record RecordBeneficiaryRefund(GuaranteeId guaranteeId, Actor actor, CallId callId, Money amount, String reference)
            implements ByParty {
    }

    /** The guarantor recovered money on the honoured call: from the obligor, or by enforcing the counter-guarantee. */
    record RecordRecovery(GuaranteeId guaranteeId, Actor actor, CallId callId, Money amount, RecoverySource source,
                          String reference) implements ByParty {
    }

    /** The guarantor writes off what it has not recovered and closes the case. */
    record WriteOff(GuaranteeId guaranteeId, Actor actor, CallId callId, String reason) implements ByParty {
    }

    /** The obligor's outstanding guaranteed amount moved (a payment, a swap, a schedule, a default, a cure). */
    record NoteOutstanding(GuaranteeId guaranteeId, Movement movement, String sourceId, Money outstanding, LocalDate on)
            implements ByPlatform {
    }

    /** The guaranteed agreement defaulted (as its {@code AgreementDefaulted} recorded). */
    record NoteDefault(GuaranteeId guaranteeId, LocalDate defaultedOn, Money principal, Money interest)
            implements ByPlatform {
    }

    record NoteCure(GuaranteeId guaranteeId, LocalDate curedOn) implements ByPlatform {
    }

    /** The insurer paid an indemnity on the default of {@code defaultedOn} of the guaranteed agreement. */
    record NoteIndemnity(GuaranteeId guaranteeId, LocalDate defaultedOn, Money indemnity, LocalDate on)
            implements ByPlatform {
    }

    /** The guaranteed agreement completed: the obligations are paid in full. */
    record NoteCompletion(GuaranteeId guaranteeId, LocalDate completedOn) implements ByPlatform {
    }

    /** The end-of-day run: apply what the arrival of {@code date} means (approval lapse, fee overdue, expiry). */
    record ObserveBusinessDate(GuaranteeId guaranteeId, LocalDate date) implements ByPlatform {
    }
}

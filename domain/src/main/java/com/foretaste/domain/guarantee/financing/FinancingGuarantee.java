package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.GuaranteeRequested;
import com.foretaste.domain.guarantee.financing.GuaranteeState.*;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A financing guarantee as a decider: {@link #decide} turns a command, the state and the business date into events
 * or a rejection; {@link #evolve} folds an event into the state. Both are pure. The rules are stated in
 * docs/domain/guarantees.md; who may issue which command is {@link GuaranteeAccess}'s.
 */
public final class FinancingGuarantee {

    private FinancingGuarantee() {
    }

    public static GuaranteeState initialState() {
        return new None();
    }

    public static Decision<GuaranteeEvent> decide(GuaranteeCommand command, GuaranteeState state, LocalDate today) {
        if (command instanceof RequestGuarantee c) {
            return request(c, state, today);
        }
        Optional<GuaranteeFile> file = States.file(state);
        if (file.isEmpty()) {
            return Decision.reject(Rejection.notFound("guarantee-requested", "no guarantee " + command.guaranteeId()
                    + " was requested"));
        }
        if (command instanceof ByParty byParty) {
            Optional<Rejection> refused = GuaranteeAccess.check(byParty, file.get().terms());
            if (refused.isPresent()) {
                return Decision.reject(refused.get());
            }
        }
        return switch (command) {
            case RequestGuarantee c -> throw new IllegalStateException("decided above");
            case ApproveGuarantee c -> IssueDecisions.approve(c, state, today);
            case DeclineGuarantee c -> IssueDecisions.decline(c, state, today);
            case RecordFeePayment c -> IssueDecisions.payFee(c, state, today);
            case CallGuarantee c -> CallDecisions.call(c, state, today);
            case AssessCall c -> CallDecisions.assess(c, state, today);
            case HonourCall c -> CallDecisions.honour(c, state, today);
            case RejectCall c -> CallDecisions.reject(c, state, today);
            case RecordReimbursement c -> CaseDecisions.reimbursement(c, state, today);
            case ReturnReimbursement c -> CaseDecisions.returnReimbursement(c, state, today);
            case RecordBeneficiaryRefund c -> CaseDecisions.refund(c, state, today);
            case RecordRecovery c -> CaseDecisions.recovery(c, state, today);
            case WriteOff c -> CaseDecisions.writeOff(c, state, today);
            case NoteOutstanding c -> PlatformDecisions.outstanding(c, state);
            case NoteDefault c -> PlatformDecisions.defaulted(c, state);
            case NoteCure c -> PlatformDecisions.cured(c, state);
            case NoteIndemnity c -> PlatformDecisions.indemnity(c, state);
            case NoteCompletion c -> PlatformDecisions.completed(c, state);
            case ObserveBusinessDate c -> PlatformDecisions.observe(c, state);
        };
    }

    public static GuaranteeState evolve(GuaranteeState state, GuaranteeEvent event) {
        return GuaranteeEvolution.evolve(state, event);
    }

    public static GuaranteeState replay(List<? extends GuaranteeEvent> events) {
        GuaranteeState state = initialState();
        for (GuaranteeEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /** The guarantor, the beneficiary and the obligor; none before the request. */
    public static Set<OrganisationId> parties(GuaranteeState state) {
        return States.file(state).map(f -> GuaranteeAccess.parties(f.terms())).orElse(Set.of());
    }

    /** The file of any state but {@link None}. */
    public static Optional<GuaranteeFile> file(GuaranteeState state) {
        return States.file(state);
    }

    /** What the guarantor would pay if called now: the exposure while issued or called, zero otherwise. */
    public static Money exposure(GuaranteeState state) {
        return States.file(state).map(f -> state instanceof Issued || state instanceof Called ? f.exposure()
                : Money.zero(f.exposure().currency())).orElse(null);
    }

    /**
     * What counts against the guarantor's regulatory limits: the exposure of a guarantee approved (its approval
     * reserved the capacity), issued or called; zero otherwise.
     */
    public static Money liability(GuaranteeState state) {
        return state instanceof Approved a ? a.file().exposure() : exposure(state);
    }

    /**
     * The next business date on which the end of day must observe the guarantee, or empty when no date will change
     * it ({@link GuaranteeAttention}); the date may lie in the past, and then the guarantee needs attention now.
     */
    public static Optional<LocalDate> nextAttention(GuaranteeState state) {
        return GuaranteeAttention.of(state);
    }

    /** The date-driven command the end of day sends for {@code date}. */
    public static ObserveBusinessDate observe(GuaranteeId id, LocalDate date) {
        return new ObserveBusinessDate(id, date);
    }

    private static Decision<GuaranteeEvent> request(RequestGuarantee c, GuaranteeState state, LocalDate today) {
        if (!(state instanceof None)) {
            return Decision.reject(Rejection.notAllowedIn(state.status().name(), "guarantee-id-unused",
                    "guarantee " + c.guaranteeId() + " exists already"));
        }
        return RequestRules.check(c, today).<Decision<GuaranteeEvent>>map(Decision::reject)
                .orElseGet(() -> Decision.accept(new GuaranteeRequested(c.guaranteeId(), c.terms(), c.agreement(),
                        c.actor().person(), today)));
    }
}

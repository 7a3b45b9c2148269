package com.foretaste.application.guarantee;

import com.foretaste.application.licensing.AgreementStates;
import com.foretaste.domain.guarantee.financing.GuaranteedAgreement;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.Ledger;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The agreement a guarantee is requested for, as the platform reads it from the agreement's events (port), and
 * the rule by which its state gives the obligor's outstanding guaranteed amount (docs/domain/guarantees.md):
 * the principal not yet paid (nor converted into equity) of every amount of the agreement's ledger plus the
 * late interest on them not yet paid, charged up to the date the figure is taken on.
 */
public interface GuaranteedAgreements {

    Optional<GuaranteedAgreement> find(AgreementId agreementId);

    /** The agreement as a guarantee sees it on {@code on}; empty for an agreement never proposed. */
    static Optional<GuaranteedAgreement> of(AgreementId id, AgreementState state, LocalDate on) {
        return AgreementStates.offer(state).map(o -> new GuaranteedAgreement(id, o.licensor(), o.licensee(),
                o.terms().currency(), AgreementStates.open(state), outstanding(state, on).orElse(Money.zero(o.terms().currency()))));
    }

    /**
     * The obligor's outstanding guaranteed amount on {@code on}: 300,000.00 of licence fee just bought gives
     * 300,000.00; 31 days after the first 120,000.00 fell due unpaid, at 0.05% a day, 301,860.00. Empty before
     * the proposal.
     */
    static Optional<Money> outstanding(AgreementState state, LocalDate on) {
        Optional<Ledger> ledger = switch (state) {
            case AgreementState.None s -> Optional.empty();
            case AgreementState.Proposed s -> Optional.empty();
            case AgreementState.Withdrawn s -> Optional.empty();
            case AgreementState.Trial s -> Optional.of(s.account().ledger());
            case AgreementState.DecisionPending s -> Optional.of(s.account().ledger());
            case AgreementState.Released s -> Optional.empty();
            case AgreementState.Lapsed s -> Optional.of(s.account().ledger());
            case AgreementState.Licensed s -> Optional.of(s.licence().ledger());
            case AgreementState.Defaulted s -> Optional.of(s.licence().ledger());
            case AgreementState.Terminated s -> Optional.of(s.licence().ledger());
            case AgreementState.Completed s -> Optional.of(s.licence().ledger());
        };
        if (ledger.isEmpty()) {
            return AgreementStates.offer(state).map(o -> Money.zero(o.terms().currency()));
        }
        Ledger accrued = ledger.get().accruedTo(on,
                AgreementStates.offer(state).orElseThrow().terms().lateInterestDailyRate());
        Money zero = Money.zero(accrued.credit().currency());
        return Optional.of(accrued.receivables().stream()
                .map(r -> r.outstandingPrincipal().plus(r.outstandingInterest())).reduce(zero, Money::plus));
    }
}

package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What every state of a requested guarantee holds: its terms and agreement, who requested it and when, when it
 * was issued (null before), the fee
 * instalments (once approved) with the fee received and the instalments recorded overdue, the obligor's
 * outstanding guaranteed amount and the exposure it gives, the defaults noted, and the call (null when none).
 */
public record GuaranteeFile(GuaranteeTerms terms, GuaranteedAgreement agreement, LocalDate requestedOn,
                            String requestedBy, LocalDate issuedOn, List<FeeInstalment> fee, Money feePaid, List<Integer> feeOverdue,
                            Money outstanding, Money exposure, List<NotedDefault> defaults, Call call) {

    public GuaranteeFile {
        fee = List.copyOf(fee);
        feeOverdue = List.copyOf(feeOverdue);
        defaults = List.copyOf(defaults);
    }

    static GuaranteeFile requested(GuaranteeTerms terms, GuaranteedAgreement agreement, LocalDate on, String by) {
        Money zero = Money.zero(terms.cap().currency());
        return new GuaranteeFile(terms, agreement, on, by, null, List.of(), zero, List.of(), agreement.outstanding(),
                Exposure.of(terms, agreement.outstanding()), List.of(), null);
    }

    public Money feeTotal() {
        return fee.stream().map(FeeInstalment::amount).reduce(Money.zero(terms.cap().currency()), Money::plus);
    }

    public Money feeUnpaid() {
        return feeTotal().minus(feePaid);
    }

    /** What is still unpaid of instalment {@code number}, the fee received going to the oldest first. */
    public Money unpaid(FeeInstalment instalment) {
        Money before = fee.stream().filter(i -> i.number() < instalment.number()).map(FeeInstalment::amount)
                .reduce(Money.zero(feePaid.currency()), Money::plus);
        Money paidToIt = feePaid.minus(before);
        if (!paidToIt.isPositive()) {
            return instalment.amount();
        }
        return paidToIt.compareTo(instalment.amount()) >= 0 ? Money.zero(feePaid.currency()) : instalment.amount().minus(paidToIt);
    }

    public Optional<NotedDefault> defaultOn(LocalDate defaultedOn) {
        return defaults.stream().filter(d -> d.defaultedOn().equals(defaultedOn)).findFirst();
    }

    public Optional<Call> call(CallId id) {
        return call != null && call.callId().equals(id) ? Optional.of(call) : Optional.empty();
    }

    GuaranteeFile approved(List<FeeInstalment> schedule) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, issuedOn, schedule, feePaid, feeOverdue, outstanding,
                exposure, defaults, call);
    }

    GuaranteeFile issued(LocalDate on) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, on, fee, feePaid, feeOverdue, outstanding,
                exposure, defaults, call);
    }

    GuaranteeFile feeReceived(Money amount) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, issuedOn, fee, feePaid.plus(amount), feeOverdue,
                outstanding, exposure, defaults, call);
    }

    GuaranteeFile feeOverdue(int number) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, issuedOn, fee, feePaid, plus(feeOverdue, number),
                outstanding, exposure, defaults, call);
    }

    GuaranteeFile outstanding(Money amount, Money newExposure) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, issuedOn, fee, feePaid, feeOverdue, amount,
                newExposure, defaults, call);
    }

    GuaranteeFile defaulted(NotedDefault noted) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, issuedOn, fee, feePaid, feeOverdue, outstanding,
                exposure, plus(defaults, noted), call);
    }

    GuaranteeFile defaultChanged(LocalDate on, UnaryOperator<NotedDefault> change) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, issuedOn, fee, feePaid, feeOverdue, outstanding,
                exposure, defaults.stream().map(d -> d.defaultedOn().equals(on) ? change.apply(d) : d).toList(), call);
    }

    GuaranteeFile withCall(Call newCall) {
        return new GuaranteeFile(terms, agreement, requestedOn, requestedBy, issuedOn, fee, feePaid, feeOverdue, outstanding,
                exposure, defaults, newCall);
    }

    GuaranteeFile callChanged(UnaryOperator<Call> change) {
        return withCall(change.apply(call));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}

package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeState.*;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rejection;

import java.util.Optional;

/** Reading the file out of any state, and refusals that name the state, field or rule. */
final class States {

    static final int MAX_TEXT = 1000;

    private States() {
    }

    static Optional<GuaranteeFile> file(GuaranteeState state) {
        return switch (state) {
            case None s -> Optional.empty();
            case Requested s -> Optional.of(s.file());
            case Approved s -> Optional.of(s.file());
            case Declined s -> Optional.of(s.file());
            case Lapsed s -> Optional.of(s.file());
            case Issued s -> Optional.of(s.file());
            case Called s -> Optional.of(s.file());
            case Honoured s -> Optional.of(s.file());
            case Recovering s -> Optional.of(s.file());
            case Closed s -> Optional.of(s.file());
            case Released s -> Optional.of(s.file());
            case Expired s -> Optional.of(s.file());
        };
    }

    static GuaranteeFile fileOf(GuaranteeState state) {
        return file(state).orElseThrow(() -> new IllegalStateException("no guarantee requested"));
    }

    static <E> Decision<E> notIn(GuaranteeState state, String rule, String message) {
        return Decision.reject(Rejection.notAllowedIn(state.status().name(), rule, message + "; the guarantee is "
                + state.status()));
    }

    static <E> Decision<E> invalid(String rule, String field, String message) {
        return Decision.reject(Rejection.invalid(rule, field, message));
    }

    static <E> Decision<E> noCall(CallId id) {
        return Decision.reject(Rejection.notFound("call-made", "no call " + id + " on this guarantee"));
    }

    /** A positive amount in the guarantee's currency, or the refusal naming {@code field}. */
    static Optional<Rejection> positive(Money amount, GuaranteeFile f, String field) {
        var currency = f.terms().cap().currency();
        if (amount == null || !amount.hasCurrency(currency)) {
            return Optional.of(Rejection.invalid("guarantee-currency", field, field + " must be an amount in "
                    + currency.getCurrencyCode()));
        }
        if (!amount.isPositive()) {
            return Optional.of(Rejection.invalid("amount-positive", field, field + " must be more than zero, not " + amount));
        }
        return Optional.empty();
    }

    /** Optional free text (a reference, a reason) of at most {@value #MAX_TEXT} characters. */
    static boolean badText(String text) {
        return text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(c -> c < 0x20 && c != '\n'));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeState.*;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When the end of day must next visit a guarantee: approved, the day after its first fee instalment's due date
 * (the approval lapses); issued or called, the day after the due date of each instalment unpaid and not yet
 * recorded overdue; issued, also the term's end (it expires). Observing any earlier date records nothing;
 * observing that date records something. Every other state waits for parties or is final.
 */
final class GuaranteeAttention {

    private GuaranteeAttention() {
    }

    static Optional<LocalDate> of(GuaranteeState state) {
        return switch (state) {
            case Approved a -> Optional.of(a.file().fee().get(0).dueOn().plusDays(1));
            case Issued i -> Stream.concat(Stream.of(i.file().terms().term().endExclusive()), overdue(i.file()))
                    .min(LocalDate::compareTo);
            case Called c -> overdue(c.file()).min(LocalDate::compareTo);
            default -> Optional.empty();
        };
    }

    private static Stream<LocalDate> overdue(GuaranteeFile f) {
        return f.fee().stream().filter(i -> !f.feeOverdue().contains(i.number()) && f.unpaid(i).isPositive())
                .map(i -> i.dueOn().plusDays(1));
    }
}

package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyState.*;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When the end of day must next visit a policy: the day after the premium's due date while quoted (it
 * lapses), the first day after the period while active (it expires), and while active or expired the day
 * a waiting period ends and the day after an approved claim's payment due date (it becomes overdue).
 */
final class PolicyAttention {

    private PolicyAttention() {
    }

    static Optional<LocalDate> of(PolicyState state) {
        return switch (state) {
            case Quoted q -> Optional.of(q.file().terms().premiumDueOn().plusDays(1));
            case Active a -> earliest(Stream.concat(Stream.of(a.file().terms().period().endExclusive()), claims(a.file())));
            case Expired e -> earliest(claims(e.file()));
            case None n -> Optional.empty();
            case Cancelled c -> Optional.empty();
            case Lapsed l -> Optional.empty();
        };
    }

    private static Stream<LocalDate> claims(PolicyFile f) {
        Stream<LocalDate> waiting = f.defaults().stream().filter(d -> !d.claimable() && !d.cured())
                .map(CoveredDefault::claimableFrom);
        Stream<LocalDate> overdue = f.claims().stream()
                .filter(c -> c.status() == ClaimStatus.APPROVED && !c.paymentOverdue())
                .map(c -> c.paymentDueOn().plusDays(1));
        return Stream.concat(waiting, overdue);
    }

    private static Optional<LocalDate> earliest(Stream<LocalDate> dates) {
        return dates.min(LocalDate::compareTo);
    }
}

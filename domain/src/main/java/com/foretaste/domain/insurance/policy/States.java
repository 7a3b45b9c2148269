package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyState.*;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Rejection;

import java.util.Optional;

/** Reading the file out of any state, and refusals that name the state. */
final class States {

    private States() {
    }

    static Optional<PolicyFile> file(PolicyState state) {
        return switch (state) {
            case None s -> Optional.empty();
            case Quoted s -> Optional.of(s.file());
            case Active s -> Optional.of(s.file());
            case Expired s -> Optional.of(s.file());
            case Cancelled s -> Optional.of(s.file());
            case Lapsed s -> Optional.of(s.file());
        };
    }

    static PolicyFile fileOf(PolicyState state) {
        return file(state).orElseThrow(() -> new IllegalStateException("no policy quoted"));
    }

    static <E> Decision<E> notIn(PolicyState state, String rule, String message) {
        return Decision.reject(Rejection.notAllowedIn(state.status().name(), rule, message));
    }

    static <E> Decision<E> claimNotIn(Claim claim, String rule, String message) {
        return Decision.reject(Rejection.notAllowedIn(claim.status().name(), rule, message));
    }

    static <E> Decision<E> noClaim(ClaimId id) {
        return Decision.reject(Rejection.notFound("claim-filed", "no claim " + id + " under this policy"));
    }

    static <E> Decision<E> invalid(String rule, String field, String message) {
        return Decision.reject(Rejection.invalid(rule, field, message));
    }

    /** Claims and defaults live on while a policy is active and after it expired; not once cancelled or lapsed. */
    static boolean covering(PolicyState state) {
        return state instanceof Active || state instanceof Expired;
    }
}

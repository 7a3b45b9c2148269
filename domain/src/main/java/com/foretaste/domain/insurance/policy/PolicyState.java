package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;

/** Where a policy stands; every state after the quote holds the policy's file. */
public sealed interface PolicyState {

    PolicyStatus status();

    /** No policy has been quoted under this id. */
    record None() implements PolicyState {
        @Override
        public PolicyStatus status() {
            return PolicyStatus.NONE;
        }
    }

    /** Quoted and waiting for its premium, due by {@code file.terms().premiumDueOn()}. */
    record Quoted(PolicyFile file) implements PolicyState {
        @Override
        public PolicyStatus status() {
            return PolicyStatus.QUOTED;
        }
    }

    /** The premium was paid in full on {@code activatedOn}: defaults from then on inside the period are covered. */
    record Active(PolicyFile file, LocalDate activatedOn) implements PolicyState {
        @Override
        public PolicyStatus status() {
            return PolicyStatus.ACTIVE;
        }
    }

    /** The period ended; claims on defaults it covered go on. */
    record Expired(PolicyFile file, LocalDate activatedOn, LocalDate expiredOn) implements PolicyState {
        @Override
        public PolicyStatus status() {
            return PolicyStatus.EXPIRED;
        }
    }

    /** Cancelled by the policyholder; {@code refund} is the unearned premium returned. */
    record Cancelled(PolicyFile file, LocalDate activatedOn, LocalDate cancelledOn, String reason, Money earned,
                     Money refund) implements PolicyState {
        @Override
        public PolicyStatus status() {
            return PolicyStatus.CANCELLED;
        }
    }

    /** The premium was not paid in full by its due date; what was received was returned. */
    record Lapsed(PolicyFile file, LocalDate lapsedOn) implements PolicyState {
        @Override
        public PolicyStatus status() {
            return PolicyStatus.LAPSED;
        }
    }
}

package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.DateRange;

import java.time.LocalDate;

/** Where an agreement stands; each state holds just what the rules of that state need. */
public sealed interface AgreementState {

    AgreementStatus status();

    /** No agreement has been proposed under this id. */
    record None() implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.NONE;
        }
    }

    record Proposed(Offer offer, LocalDate proposedOn) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.PROPOSED;
        }
    }

    record Withdrawn(Offer offer, LocalDate proposedOn, LocalDate withdrawnOn, String reason)
            implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.WITHDRAWN;
        }
    }

    record Trial(Offer offer, LocalDate proposedOn, DateRange trial) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.TRIAL;
        }
    }

    /** The trial has ended; the licensee decides within {@code window}. */
    record DecisionPending(Offer offer, LocalDate proposedOn, DateRange trial, DateRange window)
            implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.DECISION_PENDING;
        }
    }

    /** The licensee walked away: nothing is owed. */
    record Released(Offer offer, LocalDate proposedOn, DateRange trial, LocalDate releasedOn, String reason)
            implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.RELEASED;
        }
    }

    record Lapsed(Offer offer, LocalDate proposedOn, DateRange trial, LocalDate lapsedOn) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.LAPSED;
        }
    }

    record Licensed(Offer offer, Licence licence) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.LICENSED;
        }
    }

    record Defaulted(Offer offer, Licence licence, DefaultRecord defaulted) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.DEFAULTED;
        }
    }

    record Terminated(Offer offer, Licence licence, LocalDate terminatedOn, String reason, boolean forDefault)
            implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.TERMINATED;
        }
    }

    record Completed(Offer offer, Licence licence, LocalDate completedOn) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.COMPLETED;
        }
    }
}

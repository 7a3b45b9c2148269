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

    /** The trial runs; {@code account} holds the trial fee, if one was charged. */
    record Trial(Offer offer, LocalDate proposedOn, DateRange trial, TrialAccount account) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.TRIAL;
        }
    }

    /** The trial has ended; the licensee decides within {@code window}. */
    record DecisionPending(Offer offer, LocalDate proposedOn, DateRange trial, DateRange window, TrialAccount account)
            implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.DECISION_PENDING;
        }
    }

    /** The licensee walked away: no licence fee is owed; a trial fee charged stays owed in {@code account}. */
    record Released(Offer offer, LocalDate proposedOn, DateRange trial, LocalDate releasedOn, String reason,
                    TrialAccount account) implements AgreementState {
        @Override
        public AgreementStatus status() {
            return AgreementStatus.RELEASED;
        }
    }

    /** No decision came within the window; a trial fee charged stays owed in {@code account}. */
    record Lapsed(Offer offer, LocalDate proposedOn, DateRange trial, LocalDate lapsedOn, TrialAccount account)
            implements AgreementState {
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

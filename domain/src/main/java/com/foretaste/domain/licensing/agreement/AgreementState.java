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
}

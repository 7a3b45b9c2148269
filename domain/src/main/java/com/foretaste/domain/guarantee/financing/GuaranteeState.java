package com.foretaste.domain.guarantee.financing;

/** Where a financing guarantee stands; every state after the request holds the guarantee's file. */
public sealed interface GuaranteeState {

    GuaranteeStatus status();

    /** No guarantee has been requested under this id. */
    record None() implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.NONE;
        }
    }

    /** Requested, waiting for the guarantor's decision. */
    record Requested(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.REQUESTED;
        }
    }

    /** Approved: the first fee instalment issues it; unpaid by its due date the approval lapses. */
    record Approved(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.APPROVED;
        }
    }

    /** Declined by the guarantor, with its reason in the events. */
    record Declined(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.DECLINED;
        }
    }

    /** Approved, but the first fee instalment was not paid by its due date. */
    record Lapsed(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.LAPSED;
        }
    }

    /** In force: its exposure follows the obligor's outstanding amount. */
    record Issued(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.ISSUED;
        }
    }

    /** The beneficiary called it on a default; the guarantor assesses and honours (or rejects) the call. */
    record Called(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.CALLED;
        }
    }

    /** The guarantor paid the call; partners' reimbursements are owed to it. */
    record Honoured(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.HONOURED;
        }
    }

    /** Recoveries from the obligor (or the counter-guarantee) are being recorded. */
    record Recovering(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.RECOVERING;
        }
    }

    /** The case is closed: recovered in full or the rest written off. */
    record Closed(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.CLOSED;
        }
    }

    /** The obligations were paid in full: the guarantor is released. */
    record Released(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.RELEASED;
        }
    }

    /** The term ended with no call open. */
    record Expired(GuaranteeFile file) implements GuaranteeState {
        @Override
        public GuaranteeStatus status() {
            return GuaranteeStatus.EXPIRED;
        }
    }
}

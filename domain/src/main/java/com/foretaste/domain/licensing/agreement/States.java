package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementState.*;
import com.foretaste.domain.shared.DateRange;

import java.time.LocalDate;

/** What the states have in common, read and replaced without caring which state it is. */
public final class States {

    private States() {
    }

    /** The offer of any state but {@link None}, which has none. */
    public static Offer offer(AgreementState state) {
        return switch (state) {
            case None n -> null;
            case Proposed s -> s.offer();
            case Withdrawn s -> s.offer();
            case Trial s -> s.offer();
            case DecisionPending s -> s.offer();
            case Released s -> s.offer();
            case Lapsed s -> s.offer();
            case Licensed s -> s.offer();
            case Defaulted s -> s.offer();
            case Terminated s -> s.offer();
            case Completed s -> s.offer();
        };
    }

    public static LocalDate proposedOn(AgreementState state) {
        return switch (state) {
            case None n -> null;
            case Proposed s -> s.proposedOn();
            case Withdrawn s -> s.proposedOn();
            case Trial s -> s.proposedOn();
            case DecisionPending s -> s.proposedOn();
            case Released s -> s.proposedOn();
            case Lapsed s -> s.proposedOn();
            default -> licence(state).proposedOn();
        };
    }

    /** The trial, once one started. */
    public static DateRange trial(AgreementState state) {
        return switch (state) {
            case None n -> null;
            case Proposed s -> null;
            case Withdrawn s -> null;
            case Trial s -> s.trial();
            case DecisionPending s -> s.trial();
            case Released s -> s.trial();
            case Lapsed s -> s.trial();
            default -> licence(state).trial();
        };
    }

    /** The licence of a licensed, defaulted, terminated or completed agreement; null before. */
    public static Licence licence(AgreementState state) {
        return switch (state) {
            case Licensed s -> s.licence();
            case Defaulted s -> s.licence();
            case Terminated s -> s.licence();
            case Completed s -> s.licence();
            default -> null;
        };
    }

    /** The trial account of a state before or without a licence (trial, decision pending, released, lapsed); null otherwise. */
    public static TrialAccount account(AgreementState state) {
        return switch (state) {
            case Trial s -> s.account();
            case DecisionPending s -> s.account();
            case Released s -> s.account();
            case Lapsed s -> s.account();
            default -> null;
        };
    }

    /** What the licensee owes: the licence's ledger, or before a licence the trial account's; null when neither. */
    public static Ledger ledger(AgreementState state) {
        Licence licence = licence(state);
        if (licence != null) {
            return licence.ledger();
        }
        TrialAccount account = account(state);
        return account == null ? null : account.ledger();
    }

    static AgreementState withLedger(AgreementState state, Ledger ledger) {
        Licence licence = licence(state);
        return licence != null ? withLicence(state, licence.withLedger(ledger))
                : withAccount(state, account(state).withLedger(ledger));
    }

    static AgreementState withAccount(AgreementState state, TrialAccount account) {
        return switch (state) {
            case Trial s -> new Trial(s.offer(), s.proposedOn(), s.trial(), account);
            case DecisionPending s -> new DecisionPending(s.offer(), s.proposedOn(), s.trial(), s.window(), account);
            case Released s -> new Released(s.offer(), s.proposedOn(), s.trial(), s.releasedOn(), s.reason(), account);
            case Lapsed s -> new Lapsed(s.offer(), s.proposedOn(), s.trial(), s.lapsedOn(), account);
            default -> throw new IllegalStateException("no trial account in state " + state.status());
        };
    }

    static AgreementState withLicence(AgreementState state, Licence licence) {
        return switch (state) {
            case Licensed s -> new Licensed(s.offer(), licence);
            case Defaulted s -> new Defaulted(s.offer(), licence, s.defaulted());
            case Terminated s -> new Terminated(s.offer(), licence, s.terminatedOn(), s.reason(), s.forDefault());
            case Completed s -> new Completed(s.offer(), licence, s.completedOn());
            default -> throw new IllegalStateException("no licence in state " + state.status());
        };
    }

    static boolean isLicenceActive(AgreementState state) {
        return state instanceof Licensed || state instanceof Defaulted;
    }
}

package com.foretaste.application.guarantee;

import com.foretaste.application.platform.HandledEvents;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteCompletion;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteCure;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteDefault;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteIndemnity;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteOutstanding;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.guarantee.financing.Movement;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.shared.Money;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The process manager between a licence agreement, the policies that cover it and the financing guarantees that
 * follow it, fed by one ordered stream of events. It learns which guarantees follow an agreement from their
 * requests, and tells each of them what the agreement did: every movement of the obligor's outstanding guaranteed
 * amount ({@code NoteOutstanding}, the figure read from the agreement's state right after the event), its
 * defaults ({@code NoteDefault}), cures ({@code NoteCure}) and completion ({@code NoteCompletion}); and what the
 * insurers paid on a default ({@code NoteIndemnity}, the total of the claims paid on it). Exactly once: each event
 * is acted on once ({@link HandledEvents}, in the transaction of what it sends), each command it sends has an id
 * derived from the event, the guarantee and the command's place, and a guarantee records nothing for a fact it knows.
 */
public final class GuaranteeFollowingProcess {

    public static final String NAME = "guarantee-following";

    private final GuaranteeFollowing following;
    private final AgreementFigures figures;
    private final HandledEvents handled;
    private final PlatformGuaranteeCommands commands;

    public GuaranteeFollowingProcess(GuaranteeFollowing following, AgreementFigures figures, HandledEvents handled,
                                     PlatformGuaranteeCommands commands) {
        this.following = following;
        this.figures = figures;
        this.handled = handled;
        this.commands = commands;
    }

    public void on(GuaranteeEvent event, String eventId) {
        if (event instanceof GuaranteeEvent.GuaranteeRequested requested && handled.firstTime(NAME, eventId)) {
            following.follow(requested.terms().agreementId(), requested.guaranteeId());
        }
    }

    /** An agreement's event, {@code sequence} its place in the agreement's stream. */
    public void on(AgreementEvent event, String eventId, long sequence) {
        Optional<Movement> movement = movement(event);
        if (movement.isEmpty() && !(event instanceof LicenceCompleted)) {
            return;
        }
        List<GuaranteeId> guarantees = following.guaranteesOf(event.agreementId());
        if (guarantees.isEmpty() || !handled.firstTime(NAME, eventId)) {
            return;
        }
        Optional<Money> outstanding = movement.isPresent()
                ? figures.outstandingAfter(event.agreementId(), sequence, dateOf(event)) : Optional.empty();
        for (GuaranteeId guarantee : guarantees) {
            List<GuaranteeCommand.ByPlatform> sent = new ArrayList<>();
            outstanding.ifPresent(o -> sent.add(new NoteOutstanding(guarantee, movement.get(), eventId, o, dateOf(event))));
            switch (event) {
                case AgreementDefaulted e -> sent.add(new NoteDefault(guarantee, e.defaultedOn(), e.principal(), e.interest()));
                case DefaultCured e -> sent.add(new NoteCure(guarantee, e.curedOn()));
                case LicenceCompleted e -> sent.add(new NoteCompletion(guarantee, e.completedOn()));
                default -> {
                    // the movement of the outstanding amount is all it tells
                }
            }
            for (int i = 0; i < sent.size(); i++) {
                commands.send(sent.get(i), commandId(eventId, guarantee, i));
            }
        }
    }

    /** An insurer paid a claim: each guarantee of the claim's agreement notes what insurers paid on that default. */
    public void on(PolicyEvent event, String eventId) {
        if (!(event instanceof PolicyEvent.ClaimPaid paid)) {
            return;
        }
        Optional<AgreementFigures.ClaimedDefault> claimed = figures.claimedDefault(paid.policyId(), paid.claimId());
        if (claimed.isEmpty()) {
            return;
        }
        List<GuaranteeId> guarantees = following.guaranteesOf(claimed.get().agreementId());
        if (guarantees.isEmpty() || !handled.firstTime(NAME, eventId)) {
            return;
        }
        LocalDate defaultedOn = claimed.get().defaultedOn();
        Money total = following.indemnityPaid(claimed.get().agreementId(), defaultedOn, paid.claimId().toString(),
                paid.amount());
        for (GuaranteeId guarantee : guarantees) {
            commands.send(new NoteIndemnity(guarantee, defaultedOn, total, paid.paidOn()), commandId(eventId, guarantee, 0));
        }
    }

    /** Whether an agreement's event concerns the guarantees that follow it. */
    public static boolean concernsGuarantees(AgreementEvent event) {
        return movement(event).isPresent() || event instanceof LicenceCompleted;
    }

    /** The movement of the outstanding amount an agreement's event may make; empty for one that makes none. */
    static Optional<Movement> movement(AgreementEvent event) {
        return Optional.ofNullable(switch (event) {
            case TrialFeeCharged e -> Movement.SCHEDULE;
            case LicencePurchased e -> Movement.SCHEDULE;
            case LicenceConverted e -> Movement.SCHEDULE;
            case AmountFellDue e -> Movement.AMOUNT_DUE;
            case RoyaltyReported e -> Movement.AMOUNT_DUE;
            case LicenceYearClosed e -> Movement.AMOUNT_DUE;
            case PaymentRecorded e -> Movement.PAYMENT;
            case CreditApplied e -> Movement.PAYMENT;
            case EquitySwapAgreed e -> Movement.EQUITY_SWAP;
            case AgreementDefaulted e -> Movement.DEFAULT;
            case DefaultCured e -> Movement.CURE;
            case TrialFeeDefaulted e -> Movement.OTHER;
            default -> null;
        });
    }

    private static LocalDate dateOf(AgreementEvent event) {
        return switch (event) {
            case TrialFeeCharged e -> e.chargedOn();
            case LicencePurchased e -> e.purchasedOn();
            case LicenceConverted e -> e.convertedOn();
            case AmountFellDue e -> e.dueOn();
            case RoyaltyReported e -> e.reportedOn();
            case LicenceYearClosed e -> e.closedOn();
            case PaymentRecorded e -> e.receivedOn();
            case CreditApplied e -> e.appliedOn();
            case EquitySwapAgreed e -> e.agreedOn();
            case AgreementDefaulted e -> e.defaultedOn();
            case DefaultCured e -> e.curedOn();
            case TrialFeeDefaulted e -> e.defaultedOn();
            case LicenceCompleted e -> e.completedOn();
            default -> null;
        };
    }

    /** The same for the same event, guarantee and place, whichever node or replay sends it. */
    static String commandId(String eventId, GuaranteeId guarantee, int place) {
        return UUID.nameUUIDFromBytes((NAME + "\n" + eventId + "\n" + guarantee + "\n" + place)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}

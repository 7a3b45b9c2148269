package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.AcceptEquitySwap;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeEquitySwap;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapAgreed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapProposed;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.Decisions.conflict;
import static com.foretaste.domain.licensing.agreement.Decisions.invalid;
import static com.foretaste.domain.licensing.agreement.Decisions.isBlank;
import static com.foretaste.domain.licensing.agreement.Decisions.notAParty;
import static com.foretaste.domain.licensing.agreement.Decisions.notInState;

/**
 * Transfer then equity: the licensor proposes converting part of the outstanding fee into shares,
 * the licensee accepts. The amount is shares x price per share exactly; it reduces principal latest
 * due first unless the swap names the amounts to reduce. Possible at purchase, later, or to
 * restructure a default (a swap that leaves nothing due cures it).
 */
final class EquitySwapDecisions {

    /** Decimal places of the recorded stake (a ratio: 0.051234 is 5.1234%). */
    static final int STAKE_SCALE = 6;
    static final int PRICE_SCALE = 6;
    private static final java.util.regex.Pattern SWAP_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private EquitySwapDecisions() {
    }

    static Decision<AgreementEvent> propose(ProposeEquitySwap c, AgreementState state, LocalDate today) {
        if (!States.isLicenceActive(state)) {
            return notInState(state, "swap-while-licensed", "fees of a licence in force are converted into equity");
        }
        Offer offer = States.offer(state);
        Licence licence = States.licence(state);
        if (!offer.licensor().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "swap-proposed-by-licensor", "the licensor proposes an equity swap");
        }
        if (isBlank(c.swapId()) || licence.swap(c.swapId()).isPresent()) {
            return invalid("swap-id-unused", "swapId", "an equity swap needs an id not used before in this agreement");
        }
        if (!SWAP_ID.matcher(c.swapId()).matches()) {
            return invalid("swap-id-shape", "swapId", "a swap id is 1 to 64 letters, digits and . _ : -");
        }
        if (c.shares() < 1) {
            return invalid("swap-shares-and-price-positive", "shares", "the number of shares must be positive, not "
                    + c.shares());
        }
        if (c.pricePerShare() == null || c.pricePerShare().signum() <= 0) {
            return invalid("swap-shares-and-price-positive", "pricePerShare", "the price per share must be positive, not "
                    + (c.pricePerShare() == null ? "missing" : c.pricePerShare().toPlainString()));
        }
        if (c.pricePerShare().stripTrailingZeros().scale() > PRICE_SCALE || c.pricePerShare().precision() > 20) {
            return invalid("swap-price-precision", "pricePerShare", "a price per share has at most " + PRICE_SCALE
                    + " decimal places and 20 digits");
        }
        if (c.sharesOutstandingAfter() < c.shares()) {
            return invalid("swap-shares-outstanding", "sharesOutstandingAfter",
                    "the company's shares after the issue include the shares issued");
        }
        Money amount;
        try {
            amount = new Money(c.pricePerShare().multiply(BigDecimal.valueOf(c.shares())), offer.terms().currency());
        } catch (InvalidValueException notExact) {
            return invalid("swap-amount-exact", "pricePerShare", "shares x price per share must be an exact amount in "
                    + offer.terms().currency().getCurrencyCode() + ": " + notExact.getMessage());
        }
        if (amount.compareTo(licence.ledger().principalOutstanding()) > 0) {
            return invalid("swap-within-outstanding", "shares", "the swap converts " + amount + " but only "
                    + licence.ledger().principalOutstanding() + " of fee is outstanding");
        }
        if (c.applyTo().stream().distinct().count() < c.applyTo().size()) {
            return invalid("swap-applies-to-distinct-amounts", "applyTo", "a swap names each amount due at most once");
        }
        for (int number : c.applyTo()) {
            if (licence.ledger().receivables().stream().noneMatch(r -> r.number() == number
                    && r.outstandingPrincipal().isPositive())) {
                return invalid("swap-applies-to-open-amounts", "applyTo", "amount due " + number + " has no principal outstanding");
            }
        }
        Money named = c.applyTo().stream().map(number -> licence.ledger().get(number).outstandingPrincipal())
                .reduce(Money.zero(amount.currency()), Money::plus);
        if (!c.applyTo().isEmpty() && amount.compareTo(named) > 0) {
            return invalid("swap-within-outstanding", "shares", "the swap converts " + amount + " but the amounts due it names"
                    + " have only " + named + " of principal outstanding");
        }
        Money valuation = new Money(c.pricePerShare().multiply(BigDecimal.valueOf(c.sharesOutstandingAfter()))
                .setScale(offer.terms().currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN), offer.terms().currency());
        Rate stake = new Rate(BigDecimal.valueOf(c.shares())
                .divide(BigDecimal.valueOf(c.sharesOutstandingAfter()), STAKE_SCALE, RoundingMode.HALF_EVEN));
        return Decision.accept(new EquitySwapProposed(c.agreementId(), c.swapId(), c.shares(), c.pricePerShare(),
                c.sharesOutstandingAfter(), amount, valuation, stake, c.applyTo(), today));
    }

    static Decision<AgreementEvent> accept(AcceptEquitySwap c, AgreementState state, LocalDate today) {
        if (!States.isLicenceActive(state)) {
            return notInState(state, "swap-while-licensed", "fees of a licence in force are converted into equity");
        }
        Offer offer = States.offer(state);
        Licence licence = States.licence(state);
        if (!offer.licensee().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "swap-accepted-by-licensee", "the licensee accepts an equity swap");
        }
        EquitySwap swap = licence.swap(c.swapId()).orElse(null);
        if (swap == null) {
            return invalid("swap-exists", "swapId", "no equity swap " + c.swapId() + " was proposed");
        }
        if (swap.isAgreed()) {
            return conflict(state, "swap-agreed-once", "equity swap " + c.swapId() + " was agreed on " + swap.agreedOn());
        }
        Decisions.Outcome outcome = new Decisions.Outcome(state);
        LedgerFacts.fallDue(outcome, c.agreementId(), today);
        Ledger ledger = States.licence(outcome.state()).ledger();
        List<Allocation> reductions = swap.applyTo().isEmpty() ? ledger.conversion(swap.amount()) : inOrder(ledger, swap);
        Money covered = reductions.stream().map(Allocation::principal).reduce(Money.zero(swap.amount().currency()), Money::plus);
        if (covered.compareTo(swap.amount()) < 0) {
            return conflict(state, "swap-within-outstanding", "since the proposal, payments left only " + covered
                    + " to convert, not " + swap.amount() + "; propose the swap again");
        }
        outcome.add(new EquitySwapAgreed(c.agreementId(), swap.swapId(), reductions, today));
        LedgerFacts.leaveBuckets(outcome, c.agreementId(), ledger, today);
        return LicenceDecisions.settle(outcome, today).decision();
    }

    private static List<Allocation> inOrder(Ledger ledger, EquitySwap swap) {
        List<Allocation> reductions = new ArrayList<>();
        Money left = swap.amount();
        for (int number : swap.applyTo()) {
            Money outstanding = ledger.get(number).outstandingPrincipal();
            Money principal = left.compareTo(outstanding) <= 0 ? left : outstanding;
            left = left.minus(principal);
            if (principal.isPositive()) {
                reductions.add(new Allocation(number, Money.zero(left.currency()), principal));
            }
        }
        return reductions;
    }
}

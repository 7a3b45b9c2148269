package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.Rejection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The rules a proposal must satisfy before it exists (docs/domain/licensing.md, "Proposal"). The
 * first broken rule is reported with the field at fault, so the licensor can correct the offer.
 */
public final class ProposalRules {

    /** One percent a day (365% a year) is the most late interest the platform records. */
    public static final Rate MAX_DAILY_LATE_INTEREST = Rate.of("0.01");

    private ProposalRules() {
    }

    public static Optional<Rejection> check(AgreementCommand.ProposeAgreement proposal, LocalDate today) {
        Terms terms = proposal.terms();
        // Checked in order and lazily: later rules (sums, comparisons) rely on earlier ones (one currency).
        return Stream.<Supplier<Optional<Rejection>>>of(() -> parties(proposal), () -> patents(proposal.patents()),
                        () -> scope(terms), () -> periods(terms), () -> currency(terms), () -> amounts(terms),
                        () -> plan(terms, today), () -> rates(terms))
                .map(Supplier::get)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Rejection> parties(AgreementCommand.ProposeAgreement proposal) {
        if (proposal.licensor().equals(proposal.licensee())) {
            return broken("parties-distinct", "licensee", "the licensee must be another organisation than the licensor");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> patents(List<PatentNumber> patents) {
        if (patents.isEmpty()) {
            return broken("patents-required", "patents", "an agreement licenses at least one patent");
        }
        if (new HashSet<>(patents).size() != patents.size()) {
            return broken("patents-distinct", "patents", "a patent is listed more than once");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> scope(Terms terms) {
        if (isBlank(terms.fieldOfUse())) {
            return broken("field-of-use-required", "terms.fieldOfUse", "the field of use must be stated");
        }
        if (isBlank(terms.territory())) {
            return broken("territory-required", "terms.territory", "the territory must be stated");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> periods(Terms terms) {
        if (terms.trialMonths() < 1 || terms.trialMonths() > Terms.MAX_TRIAL_MONTHS) {
            return broken("trial-length-limit", "terms.trialMonths", "a trial lasts 1 to " + Terms.MAX_TRIAL_MONTHS
                    + " months in total, extensions included; " + terms.trialMonths() + " was asked");
        }
        if (terms.decisionWindowDays() < 1) {
            return broken("decision-window-positive", "terms.decisionWindowDays", "the decision window lasts at least one day");
        }
        if (terms.licenceTermMonths() < 1) {
            return broken("licence-term-positive", "terms.licenceTermMonths", "the licence term lasts at least one month");
        }
        if (terms.gracePeriodDays() < 0) {
            return broken("grace-period-non-negative", "terms.gracePeriodDays", "the grace period cannot be negative");
        }
        if (terms.curePeriodDays() < 0) {
            return broken("cure-period-non-negative", "terms.curePeriodDays", "the cure period cannot be negative");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> currency(Terms terms) {
        Price price = terms.price();
        Stream<NamedAmount> amounts = Stream.concat(Stream.of(
                        new NamedAmount("terms.trialFee", terms.trialFee()),
                        new NamedAmount("terms.price.licenceFee", price.licenceFee()),
                        new NamedAmount("terms.price.upfrontFee", price.upfrontFee()),
                        new NamedAmount("terms.price.royalty.minimumAnnualRoyalty",
                                price.royalty() == null ? null : price.royalty().minimumAnnualRoyalty())),
                instalmentAmounts(price));
        return amounts.filter(a -> a.amount() != null && !a.amount().hasCurrency(terms.currency()))
                .findFirst()
                .flatMap(a -> broken("single-currency", a.field(), "the agreement is in "
                        + terms.currency().getCurrencyCode() + " but " + a.field() + " is " + a.amount()));
    }

    private static Stream<NamedAmount> instalmentAmounts(Price price) {
        List<Instalment> instalments = price.instalments();
        return java.util.stream.IntStream.range(0, instalments.size())
                .mapToObj(i -> new NamedAmount("terms.price.instalments[" + i + "].amount", instalments.get(i).amount()));
    }

    private static Optional<Rejection> amounts(Terms terms) {
        Price price = terms.price();
        if (terms.trialFee().isNegative()) {
            return broken("amount-non-negative", "terms.trialFee", "the trial fee cannot be negative");
        }
        if (price.licenceFee().isNegative()) {
            return broken("amount-non-negative", "terms.price.licenceFee", "the licence fee cannot be negative");
        }
        if (price.upfrontFee().isNegative()) {
            return broken("amount-non-negative", "terms.price.upfrontFee", "the upfront fee cannot be negative");
        }
        if (price.royalty() != null && price.royalty().minimumAnnualRoyalty() != null
                && price.royalty().minimumAnnualRoyalty().isNegative()) {
            return broken("amount-non-negative", "terms.price.royalty.minimumAnnualRoyalty",
                    "the minimum annual royalty cannot be negative");
        }
        return instalmentAmounts(price).filter(a -> !a.amount().isPositive()).findFirst()
                .flatMap(a -> broken("instalment-positive", a.field(), "an instalment must be a positive amount"));
    }

    private static Optional<Rejection> plan(Terms terms, LocalDate today) {
        Price price = terms.price();
        if (!price.licenceFee().isPositive() && price.royalty() == null) {
            return broken("price-required", "terms.price", "the licence must cost a fee or a royalty");
        }
        Money planned = price.plannedTotal();
        if (planned.compareTo(price.licenceFee()) != 0) {
            return broken("plan-adds-up-to-fee", "terms.price.instalments", "the upfront fee and instalments add up to "
                    + planned + ", not to the licence fee of " + price.licenceFee());
        }
        for (int i = 0; i < price.instalments().size(); i++) {
            Optional<Rejection> broken = dueRule(price.instalments().get(i).due(), terms, today,
                    "terms.price.instalments[" + i + "].due");
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    private static Optional<Rejection> dueRule(DueRule due, Terms terms, LocalDate today, String field) {
        return switch (due) {
            case DueRule.OnDate d when !d.date().isAfter(today) ->
                    broken("instalment-date-in-future", field, "an instalment date must lie after the proposal date " + today);
            case DueRule.MonthsAfterLicenceStart m when m.months() < 0 || m.months() > terms.licenceTermMonths() ->
                    broken("instalment-within-licence-term", field, "an instalment falls due 0 to "
                            + terms.licenceTermMonths() + " months after the licence starts");
            case DueRule.OnFirstRevenue r when r.backstopMonths() < 1 || r.backstopMonths() > terms.licenceTermMonths() ->
                    broken("instalment-within-licence-term", field, "the backstop of a revenue-conditional instalment is 1 to "
                            + terms.licenceTermMonths() + " months after the licence starts");
            default -> Optional.empty();
        };
    }

    private static Optional<Rejection> rates(Terms terms) {
        RoyaltyTerms royalty = terms.price().royalty();
        if (royalty != null && (royalty.rate().isZero() || royalty.rate().isAbove(Rate.of("1")))) {
            return broken("royalty-rate-range", "terms.price.royalty.rate", "a royalty rate lies above 0 and at most 1 (100%)");
        }
        if (terms.lateInterestDailyRate().isAbove(MAX_DAILY_LATE_INTEREST)) {
            return broken("late-interest-rate-cap", "terms.lateInterestDailyRate", "daily late interest is at most "
                    + MAX_DAILY_LATE_INTEREST.value().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<Rejection> broken(String rule, String field, String message) {
        return Optional.of(Rejection.invalid(rule, field, message));
    }

    private record NamedAmount(String field, Money amount) {
    }
}

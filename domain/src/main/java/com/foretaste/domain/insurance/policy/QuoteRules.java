package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a quote must satisfy: the insurer quotes in its own name, the insured is the agreement's
 * licensor and the policyholder one of its two parties, the agreement is still open, amounts are in the
 * agreement's currency, and ratios, periods and dates are those a practitioner would accept.
 */
final class QuoteRules {

    static final int MAX_WAITING_DAYS = 730;
    static final int MAX_PAYMENT_DAYS = 365;
    static final int MAX_PERIOD_YEARS = 10;
    private static final Rate ONE = Rate.of("1");

    private QuoteRules() {
    }

    static Optional<Rejection> check(PolicyCommand.QuotePolicy c, LocalDate today) {
        PolicyTerms t = c.terms();
        CoveredAgreement a = c.agreement();
        return Stream.of(
                        rule(!t.insurer().equals(c.actor().organisation()), "quote-by-insurer", "insurer",
                                "an insurer quotes in its own name"),
                        rule(!a.agreementId().equals(t.agreement()), "covered-agreement", "agreementId",
                                "the quote must name the agreement it covers"),
                        rule(!a.open(), "agreement-open", "agreementId",
                                "the agreement has ended (withdrawn, released, lapsed, terminated or completed)"),
                        rule(!t.insured().equals(a.licensor()), "insured-is-licensor", "insured",
                                "the insured is the agreement's licensor"),
                        rule(!t.policyholder().equals(a.licensor()) && !t.policyholder().equals(a.licensee()),
                                "policyholder-is-party", "policyholder", "the policyholder is the agreement's licensee or licensor"),
                        currency(t.coverageLimit(), "coverageLimit", a),
                        currency(t.deductible(), "deductible", a),
                        currency(t.insuredAmount(), "insuredAmount", a),
                        currency(t.secondApprovalAbove(), "secondApprovalAbove", a),
                        rule(!t.coverageLimit().isPositive(), "coverage-limit-positive", "coverageLimit",
                                "the coverage limit must be above zero"),
                        rule(!t.insuredAmount().isPositive(), "insured-amount-positive", "insuredAmount",
                                "the insured amount must be above zero"),
                        rule(t.deductible().isNegative(), "deductible-non-negative", "deductible",
                                "the deductible cannot be negative"),
                        rule(t.secondApprovalAbove().isNegative(), "threshold-non-negative", "secondApprovalAbove",
                                "the second-approval threshold cannot be negative"),
                        rule(t.indemnityRatio().isZero() || t.indemnityRatio().isAbove(ONE), "indemnity-ratio-range",
                                "indemnityRatio", "the indemnity ratio is above 0 and at most 1"),
                        rule(t.premiumRate().isZero() || t.premiumRate().isAbove(ONE), "premium-rate-range",
                                "premiumRate", "the premium rate is above 0 and at most 1"),
                        rule(t.subsidyShare().isAbove(ONE), "subsidy-share-range", "subsidyShare",
                                "the subsidy share is 0 to 1"),
                        rule(!t.subsidyShare().isZero() && t.subsidyPayer() == null, "subsidy-payer-named", "subsidisedBy",
                                "a subsidy share needs the organisation that pays it"),
                        rule(t.period().isEmpty() || t.period().endExclusive().isAfter(t.period().start().plusYears(MAX_PERIOD_YEARS)),
                                "policy-period-length", "period", "a policy period lasts a day to " + MAX_PERIOD_YEARS + " years"),
                        rule(t.period().endExclusive().isBefore(today.plusDays(1)), "policy-period-ahead", "period",
                                "the policy period has ended already"),
                        rule(t.premiumDueOn().isBefore(today), "premium-due-ahead", "premiumDueOn",
                                "the premium cannot fall due before the quote"),
                        rule(!t.period().isEmpty() && t.premiumDueOn().isAfter(t.period().lastDay()), "premium-due-in-period",
                                "premiumDueOn", "the premium falls due before the period ends"),
                        rule(t.waitingPeriodDays() < 0 || t.waitingPeriodDays() > MAX_WAITING_DAYS, "waiting-period-range",
                                "waitingPeriodDays", "the waiting period is 0 to " + MAX_WAITING_DAYS + " days"),
                        rule(t.paymentPeriodDays() < 1 || t.paymentPeriodDays() > MAX_PAYMENT_DAYS, "payment-period-range",
                                "paymentPeriodDays", "the claim payment period is 1 to " + MAX_PAYMENT_DAYS + " days"))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Rejection> currency(Money amount, String field, CoveredAgreement a) {
        return rule(!amount.hasCurrency(a.currency()), "policy-currency-is-agreement-currency", field,
                field + " must be in the agreement's currency, " + a.currency().getCurrencyCode());
    }

    private static Optional<Rejection> rule(boolean broken, String rule, String field, String message) {
        return broken ? Optional.of(Rejection.invalid(rule, field, message)) : Optional.empty();
    }
}

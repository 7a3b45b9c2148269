package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.RequestGuarantee;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.Optional;

/** The shape of a request: parties, agreement, amounts, rates, term and counter-guarantee; the first rule broken is reported. */
final class RequestRules {

    static final int MAX_TERM_YEARS = 10;
    static final int MAX_SUBJECT = 200;

    private RequestRules() {
    }

    static Optional<Rejection> check(RequestGuarantee c, LocalDate today) {
        GuaranteeTerms t = c.terms();
        GuaranteedAgreement a = c.agreement();
        if (t == null || a == null || t.guarantor() == null || t.beneficiary() == null || t.obligor() == null
                || t.cap() == null || t.coverageRatio() == null || t.annualFeeRate() == null || t.term() == null
                || t.programme() == null || t.secondApprovalAbove() == null) {
            return fail("terms-complete", "terms", "guarantor, beneficiary, obligor, cap, coverage ratio, fee rate, term,"
                    + " programme and second-approval threshold are all required");
        }
        return first(parties(c, t, a), amounts(t, a), rates(t), term(t, today), counterGuarantee(t.counterGuarantee()));
    }

    private static Optional<Rejection> parties(RequestGuarantee c, GuaranteeTerms t, GuaranteedAgreement a) {
        if (!GuaranteeAccess.parties(t).contains(c.actor().organisation())) {
            return fail("request-by-party", "actor", "a guarantee is requested by its guarantor, beneficiary or obligor");
        }
        if (GuaranteeAccess.parties(t).size() != 3) {
            return fail("parties-distinct", "beneficiary", "guarantor, beneficiary and obligor are three organisations");
        }
        if (!t.agreementId().equals(a.agreementId())) {
            return fail("agreement-named", "agreementId", "the terms name agreement " + t.agreementId());
        }
        if (!a.open()) {
            return fail("agreement-open", "agreementId", "agreement " + a.agreementId()
                    + " is withdrawn, released, lapsed, terminated or completed");
        }
        if (!t.obligor().equals(a.licensee())) {
            return fail("obligor-is-licensee", "obligor", "the obligor is the agreement's licensee");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> amounts(GuaranteeTerms t, GuaranteedAgreement a) {
        for (Money m : new Money[]{t.cap(), t.secondApprovalAbove(), a.outstanding()}) {
            if (!m.hasCurrency(a.currency())) {
                return fail("guarantee-currency-is-agreement-currency", "cap", "the agreement is in "
                        + a.currency().getCurrencyCode() + " but the guarantee names " + m);
            }
        }
        if (!t.cap().isPositive()) {
            return fail("cap-positive", "cap", "the guaranteed cap must be more than zero, not " + t.cap());
        }
        if (t.secondApprovalAbove().isNegative()) {
            return fail("threshold-non-negative", "secondApprovalAbove", "the second-approval threshold cannot be negative");
        }
        if (a.outstanding().isNegative()) {
            return fail("outstanding-non-negative", "agreement.outstanding", "an outstanding amount cannot be negative");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> rates(GuaranteeTerms t) {
        if (t.coverageRatio().isZero() || t.coverageRatio().isAbove(Rate.of("1"))) {
            return fail("coverage-ratio-range", "coverageRatio", "a coverage ratio is above 0 and at most 1, not " + t.coverageRatio());
        }
        if (t.annualFeeRate().isZero() || t.annualFeeRate().isAbove(Rate.of("1"))) {
            return fail("fee-rate-range", "annualFeeRate", "an annual fee rate is above 0 and at most 1, not " + t.annualFeeRate());
        }
        return Optional.empty();
    }

    private static Optional<Rejection> term(GuaranteeTerms t, LocalDate today) {
        if (t.term().isEmpty() || t.term().endExclusive().isAfter(t.term().start().plusYears(MAX_TERM_YEARS))) {
            return fail("term-length", "term", "a term runs at least a day and at most " + MAX_TERM_YEARS + " years: " + t.term());
        }
        if (!t.term().endExclusive().isAfter(today)) {
            return fail("term-ahead", "term", "the term " + t.term() + " has ended already");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> counterGuarantee(CounterGuarantee g) {
        if (g != null && (g.kind() == null || States.blank(g.subject()) || g.subject().length() > MAX_SUBJECT)) {
            return fail("counter-guarantee-named", "counterGuarantee", "a counter-guarantee has a kind and names its subject"
                    + " (a patent number, an equity stake) in at most " + MAX_SUBJECT + " characters");
        }
        if (g != null && g.appraisedValue() != null && g.appraisedValue().isNegative()) {
            return fail("appraised-value-non-negative", "counterGuarantee.appraisedValue", "an appraised value cannot be negative");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> fail(String rule, String field, String message) {
        return Optional.of(Rejection.invalid(rule, field, message));
    }

    @SafeVarargs
    private static Optional<Rejection> first(Optional<Rejection>... checks) {
        for (Optional<Rejection> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}

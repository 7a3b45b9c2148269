package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy of Chang'an Property Insurance on the licence between Northwest Polytechnic University (insured)
 * and Qinling Robotics (policyholder): limit 500,000.00, ratio 80%, deductible 10,000.00, premium 2% of
 * 600,000.00 = 12,000.00 of which the subsidy pays 40%; period 2026-01-01 to 2027-01-01 (365 days),
 * premium due 2026-01-31, waiting period 90 days, payment 30 days after approval, second approval above 100,000.00.
 */
final class PolicyFixture {

    static final PolicyId POLICY = new PolicyId(UUID.fromString("00000000-0000-4000-8000-00000000a001"));
    static final AgreementId AGREEMENT = new AgreementId(UUID.fromString("00000000-0000-4000-8000-00000000b001"));
    static final OrganisationId INSURER = org(5);
    static final OrganisationId LICENSOR = org(1);
    static final OrganisationId LICENSEE = org(2);
    static final OrganisationId OPERATOR = org(6);
    static final OrganisationId STRANGER = org(9);
    static final Actor ASSESSOR = new Actor(INSURER, "zhao.min");
    static final Actor CHECKER = new Actor(INSURER, "li.na");
    static final Actor UNIVERSITY = new Actor(LICENSOR, "university");
    static final Actor QINLING = new Actor(LICENSEE, "qinling");
    static final LocalDate QUOTED_ON = LocalDate.of(2025, 12, 15);
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 1, 1);
    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    static final LocalDate ACTIVE_ON = LocalDate.of(2026, 1, 10);
    static final LocalDate DEFAULTED_ON = LocalDate.of(2026, 5, 1);
    static final LocalDate CLAIMABLE_FROM = DEFAULTED_ON.plusDays(90);
    static final ClaimId CLAIM = new ClaimId(UUID.fromString("00000000-0000-4000-8000-00000000c001"));

    private PolicyFixture() {
    }

    static OrganisationId org(int n) {
        return new OrganisationId(UUID.fromString("6f1c2a4e-000" + n + "-4000-8000-00000000000" + n));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static PolicyTerms terms() {
        return terms(cny("500000.00"), Rate.of("0.8"), cny("10000.00"), false);
    }

    static PolicyTerms terms(Money limit, Rate ratio, Money deductible, boolean automaticFiling) {
        return new PolicyTerms(INSURER, LICENSOR, LICENSEE, AGREEMENT, limit, ratio, deductible, cny("600000.00"),
                Rate.of("0.02"), Rate.of("0.4"), OPERATOR, new DateRange(START, END), DUE, 90, 30, cny("100000.00"),
                automaticFiling);
    }

    static CoveredAgreement agreement() {
        return new CoveredAgreement(AGREEMENT, LICENSOR, LICENSEE, Money.CNY, true);
    }

    static QuotePolicy quote(PolicyTerms terms) {
        return new QuotePolicy(POLICY, ASSESSOR, terms, agreement());
    }

    /** Events so far, folded; commands decided against them. */
    static final class Given {
        final List<PolicyEvent> events = new ArrayList<>();

        Given(List<PolicyEvent> events) {
            this.events.addAll(events);
        }

        PolicyState state() {
            return Policy.replay(events);
        }

        List<PolicyEvent> when(PolicyCommand command, LocalDate today) {
            Decision<PolicyEvent> decision = Policy.decide(command, state(), today);
            assertThat(decision).as("%s", decision).isInstanceOf(Decision.Accepted.class);
            List<PolicyEvent> recorded = ((Decision.Accepted<PolicyEvent>) decision).events();
            events.addAll(recorded);
            return recorded;
        }

        Rejection rejected(PolicyCommand command, LocalDate today) {
            Decision<PolicyEvent> decision = Policy.decide(command, state(), today);
            assertThat(decision).as("%s", decision).isInstanceOf(Decision.Rejected.class);
            return ((Decision.Rejected<PolicyEvent>) decision).rejection();
        }

        PolicyFile file() {
            return States.fileOf(state());
        }

        Claim claim(ClaimId id) {
            return file().claim(id).orElseThrow();
        }
    }

    static Given nothing() {
        return new Given(List.of());
    }

    static Given quoted() {
        return quoted(terms());
    }

    static Given quoted(PolicyTerms terms) {
        return new Given(List.of(new PolicyQuoted(POLICY, terms, Premium.of(terms), "zhao.min", QUOTED_ON)));
    }

    static Given active() {
        return active(terms());
    }

    static Given active(PolicyTerms terms) {
        Given given = quoted(terms);
        Premium premium = Premium.of(terms);
        given.when(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.SUBSIDY, premium.subsidyShare(), "GOV-1"), ACTIVE_ON);
        given.when(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.POLICYHOLDER, premium.policyholderShare(), "Q-1"), ACTIVE_ON);
        return given;
    }

    /** Qinling defaulted on 2026-05-01 owing 180,000.00 principal and 2,700.00 interest on amount 2. */
    static NoteDefault defaulted() {
        return defaulted(DEFAULTED_ON, "180000.00", "2700.00");
    }

    static NoteDefault defaulted(LocalDate on, String principal, String interest) {
        return new NoteDefault(POLICY, on, cny(principal), cny(interest), List.of(2));
    }

    static Given claimable() {
        Given given = active();
        given.when(defaulted(), DEFAULTED_ON);
        given.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM), CLAIMABLE_FROM);
        return given;
    }

    static Given filed() {
        Given given = claimable();
        given.when(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM);
        return given;
    }

    static Given assessed(String reserve) {
        Given given = filed();
        given.when(new AssessClaim(POLICY, ASSESSOR, CLAIM, cny(reserve), "loss confirmed"), CLAIMABLE_FROM.plusDays(3));
        return given;
    }

    static Given approved() {
        Given given = assessed("138160.00");
        given.when(new ApproveClaim(POLICY, CHECKER, CLAIM), CLAIMABLE_FROM.plusDays(5));
        return given;
    }

    static Given paid() {
        Given given = approved();
        given.when(new PayClaim(POLICY, ASSESSOR, CLAIM, "PAY-1"), CLAIMABLE_FROM.plusDays(20));
        return given;
    }
}

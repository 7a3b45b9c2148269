package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyProperties {

    @Property(tries = 300)
    void indemnities_approved_and_paid_never_exceed_the_coverage_limit(
            @ForAll("amounts") Money limit, @ForAll @IntRange(min = 75, max = 95) int ratioPercent,
            @ForAll("deductibles") Money deductible, @ForAll @Size(min = 1, max = 8) List<@From("amounts") Money> losses,
            @ForAll @Size(min = 8, max = 8) List<Boolean> payIt) {
        Given given = active(terms(limit, new Rate(BigDecimal.valueOf(ratioPercent, 2)), deductible, false));
        for (int i = 0; i < losses.size(); i++) {
            LocalDate defaultedOn = ACTIVE_ON.plusDays(10L + i);
            LocalDate today = defaultedOn.plusDays(90);
            ClaimId claim = new ClaimId(UUID.randomUUID());
            Money remaining = given.file().remainingLimit();
            given.when(new NoteDefault(POLICY, defaultedOn, losses.get(i), cny("0.00"), List.of(i + 1)), defaultedOn);
            given.when(new ObserveBusinessDate(POLICY, today), today);
            given.when(new FileClaim(POLICY, UNIVERSITY, claim, defaultedOn), today);
            given.when(new AssessClaim(POLICY, ASSESSOR, claim, cny("0.00"), null), today);
            Decision<PolicyEvent> approval = Policy.decide(new ApproveClaim(POLICY, CHECKER, claim), given.state(), today);
            if (approval instanceof Decision.Accepted<PolicyEvent>) {
                given.when(new ApproveClaim(POLICY, CHECKER, claim), today);
                Money expected = IndemnityPolicy.indemnity(losses.get(i), deductible, given.file().terms().indemnityRatio(), remaining);
                assertThat(given.claim(claim).indemnity()).isEqualTo(expected);
                if (payIt.get(i)) {
                    given.when(new PayClaim(POLICY, ASSESSOR, claim, null), today);
                }
            } else {
                given.when(new RejectClaim(POLICY, CHECKER, claim, "nothing to pay"), today);
            }
            assertThat(given.file().limitUsed()).isLessThanOrEqualTo(limit);
            assertThat(given.file().remainingLimit().isNegative()).isFalse();
        }
    }

    @Property(tries = 300)
    void recovery_shares_add_up_to_each_recovery_and_never_give_the_insurer_more_than_its_indemnity(
            @ForAll("amounts") Money loss, @ForAll @IntRange(min = 1, max = 100) int indemnityPercent,
            @ForAll @Size(min = 1, max = 10) List<@From("amounts") Money> recoveries) {
        Money indemnity = loss.times(BigDecimal.valueOf(indemnityPercent, 2));
        Money recovered = cny("0.00");
        Money insurer = cny("0.00");
        for (Money r : recoveries) {
            Money open = loss.minus(recovered);
            Money amount = r.compareTo(open) <= 0 ? r : open;
            if (!amount.isPositive()) {
                break;
            }
            RecoveryShares.Split split = RecoveryShares.of(loss, indemnity, recovered, amount);
            assertThat(split.insurer().plus(split.insured())).isEqualTo(amount);
            assertThat(split.insurer().isNegative() || split.insured().isNegative()).isFalse();
            recovered = recovered.plus(amount);
            insurer = insurer.plus(split.insurer());
            assertThat(insurer).isLessThanOrEqualTo(indemnity);
        }
        if (recovered.equals(loss)) {
            assertThat(insurer).isEqualTo(indemnity);
        }
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(1, 100_000_000L).map(cents -> new Money(BigDecimal.valueOf(cents, 2), Money.CNY));
    }

    @Provide
    Arbitrary<Money> deductibles() {
        return Arbitraries.longs().between(0, 2_000_000L).map(cents -> new Money(BigDecimal.valueOf(cents, 2), Money.CNY));
    }
}

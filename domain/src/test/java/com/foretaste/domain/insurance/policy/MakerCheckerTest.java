package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Above the policy's threshold (100,000.00 here) the person who approves is not the one who assessed. */
class MakerCheckerTest {

    private static final LocalDate ON = CLAIMABLE_FROM.plusDays(5);

    @Test
    void the_assessor_cannot_approve_an_indemnity_above_the_threshold() {
        Given given = assessed("138160.00");
        var rejection = given.rejected(new ApproveClaim(POLICY, ASSESSOR, CLAIM), ON);
        assertThat(rejection.rule()).isEqualTo("second-person-approves");
        assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_A_PARTY);
        assertThat(rejection.message()).contains("zhao.min");
    }

    @Test
    void another_person_of_the_insurer_approves_it() {
        Given given = assessed("138160.00");
        assertThat(given.when(new ApproveClaim(POLICY, CHECKER, CLAIM), ON)).hasSize(1);
        assertThat(given.claim(CLAIM).approvedBy()).isEqualTo("li.na");
        assertThat(given.claim(CLAIM).assessedBy()).isEqualTo("zhao.min");
    }

    @Test
    void the_last_person_to_assess_is_the_one_who_may_not_approve() {
        Given given = assessed("100000.00");
        given.when(new AssessClaim(POLICY, CHECKER, CLAIM, cny("138160.00"), "revised by the checker"), ON);
        assertThat(given.rejected(new ApproveClaim(POLICY, CHECKER, CLAIM), ON).rule()).isEqualTo("second-person-approves");
        assertThat(given.when(new ApproveClaim(POLICY, ASSESSOR, CLAIM), ON)).hasSize(1);
    }

    @Test
    void at_or_below_the_threshold_one_person_may_assess_and_approve() {
        // (110,000.00 + 15,000.00 - 10,000.00) x 80% = 92,000.00 <= 100,000.00
        Given given = active(terms(cny("500000.00"), Rate.of("0.8"), cny("10000.00"), false));
        given.when(defaulted(DEFAULTED_ON, "110000.00", "15000.00"), DEFAULTED_ON);
        given.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM), CLAIMABLE_FROM);
        given.when(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM);
        given.when(new AssessClaim(POLICY, ASSESSOR, CLAIM, cny("92000.00"), null), ON);
        assertThat(given.when(new ApproveClaim(POLICY, ASSESSOR, CLAIM), ON)).hasSize(1);
        assertThat(given.claim(CLAIM).indemnity()).isEqualTo(cny("92000.00"));
    }
}

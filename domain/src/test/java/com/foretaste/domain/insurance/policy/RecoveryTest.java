package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paid claim: loss 182,700.00, indemnity 138,160.00, so the insurer bore 138,160/182,700 and the
 * university 44,540/182,700 of it; recoveries are shared in that proportion.
 */
class RecoveryTest {

    private static final LocalDate ON = CLAIMABLE_FROM.plusDays(60);

    @Test
    void the_licensees_payment_on_the_defaulted_amounts_after_a_paid_claim_is_a_recovery_shared_by_what_each_bore() {
        Given given = paid();
        // 50,000.00 x 138,160 / 182,700 = 37,810.618... -> 37,810.61 to the insurer; 12,189.39 to the university
        assertThat(given.when(payment("evt-1", 2, "50000.00"), ON)).containsExactly(new RecoveryRecorded(POLICY, CLAIM,
                cny("50000.00"), cny("37810.61"), cny("12189.39"), "LICENSEE_PAYMENT", "evt-1", ON));
        assertThat(given.claim(CLAIM).recoveredByInsurer()).isEqualTo(cny("37810.61"));
    }

    @Test
    void a_payment_seen_twice_is_recovered_once() {
        Given given = paid();
        given.when(payment("evt-1", 2, "50000.00"), ON);
        assertThat(given.when(payment("evt-1", 2, "50000.00"), ON)).isEmpty();
        assertThat(given.claim(CLAIM).recovered()).isEqualTo(cny("50000.00"));
    }

    @Test
    void payments_on_other_amounts_due_or_before_the_claim_is_paid_are_no_recovery() {
        assertThat(paid().when(payment("evt-1", 3, "50000.00"), ON)).isEmpty();
        assertThat(approved().when(payment("evt-1", 2, "50000.00"), ON)).isEmpty();
    }

    @Test
    void recovering_the_whole_loss_gives_each_exactly_what_it_bore_and_closes_the_claim() {
        Given given = paid();
        given.when(payment("evt-1", 2, "50000.00"), ON);
        given.when(payment("evt-2", 2, "33333.33"), ON);
        List<PolicyEvent> last = given.when(payment("evt-3", 2, "120000.00"), ON);
        assertThat(last).hasSize(2);
        assertThat(((RecoveryRecorded) last.get(0)).amount()).isEqualTo(cny("99366.67"));
        assertThat(last.get(1)).isEqualTo(new ClaimClosed(POLICY, CLAIM, "the loss was recovered in full", ON));
        Claim claim = given.claim(CLAIM);
        assertThat(claim.recoveredByInsurer()).isEqualTo(cny("138160.00"));
        assertThat(claim.recoveredByInsured()).isEqualTo(cny("44540.00"));
        assertThat(claim.status()).isEqualTo(ClaimStatus.CLOSED);
    }

    @Test
    void the_insurer_records_what_it_collects_itself_up_to_the_loss() {
        Given given = paid();
        assertThat(given.rejected(new RecordRecovery(POLICY, ASSESSOR, CLAIM, cny("182700.01"), "court"), ON).rule())
                .isEqualTo("recoveries-within-loss");
        assertThat(given.rejected(new RecordRecovery(POLICY, UNIVERSITY, CLAIM, cny("1.00"), "court"), ON).rule())
                .isEqualTo("insurer-only");
        assertThat(given.when(new RecordRecovery(POLICY, ASSESSOR, CLAIM, cny("10000.00"), "court order 7"), ON))
                .containsExactly(new RecoveryRecorded(POLICY, CLAIM, cny("10000.00"), cny("7562.12"), cny("2437.88"),
                        "INSURER_COLLECTION", "court order 7", ON));
    }

    @Test
    void recoveries_are_recorded_on_paid_claims_only_and_a_closed_claim_takes_none() {
        assertThat(approved().rejected(new RecordRecovery(POLICY, ASSESSOR, CLAIM, cny("1.00"), null), ON).rule())
                .isEqualTo("recover-paid-claim");
        Given given = paid();
        assertThat(given.when(new CloseClaim(POLICY, ASSESSOR, CLAIM, "written off"), ON))
                .containsExactly(new ClaimClosed(POLICY, CLAIM, "written off", ON));
        assertThat(given.rejected(new RecordRecovery(POLICY, ASSESSOR, CLAIM, cny("1.00"), null), ON).state())
                .isEqualTo("CLOSED");
        assertThat(given.when(payment("evt-9", 2, "1000.00"), ON)).isEmpty();
        assertThat(approved().rejected(new CloseClaim(POLICY, ASSESSOR, CLAIM, null), ON).rule()).isEqualTo("close-paid-claim");
    }

    private static NoteLicenseePayment payment(String id, int receivable, String amount) {
        return new NoteLicenseePayment(POLICY, id, ON, List.of(new Applied(receivable, cny(amount))));
    }
}

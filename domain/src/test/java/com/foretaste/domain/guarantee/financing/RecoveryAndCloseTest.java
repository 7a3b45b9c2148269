package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.Parties;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.guarantee.RiskSharing.POOL;
import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** After honouring 127,890.00 under Xi'an's programme: the pool's 63,945.00, the insurer paying late, recoveries, write-off. */
class RecoveryAndCloseTest {

    private static final LocalDate LATER = LocalDate.of(2026, 9, 1);

    @Test
    void a_partners_reimbursement_is_tracked_until_paid_and_never_beyond() {
        Given given = honoured();

        assertThat(given.rejected(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, POOL, cny("63945.01"), null), LATER)
                .rule()).isEqualTo("reimbursement-not-exceeded");
        given.when(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, POOL, cny("40000.00"), "POOL-1"), LATER);
        assertThat(given.call().reimbursementOutstanding(POOL)).isEqualTo(cny("23945.00"));
        assertThat(given.when(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, POOL, cny("23945.00"), "POOL-2"), LATER))
                .containsExactly(new ReimbursementReceived(GUARANTEE, CALL, POOL, cny("23945.00"), "POOL-2", LATER));
        assertThat(given.call().reimbursementOutstanding(POOL)).isEqualTo(cny("0.00"));
    }

    @Test
    void only_a_partner_of_the_programme_reimburses() {
        assertThat(honoured().rejected(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, "lending-bank", cny("1.00"), null),
                LATER).rule()).isEqualTo("partner-of-programme");
    }

    @Test
    void a_recovery_is_shared_with_the_pool_in_proportion_to_what_each_bore() {
        Given given = honoured();

        assertThat(given.when(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("12789.00"), RecoverySource.OBLIGOR, "R-1"), LATER))
                .containsExactly(new RecoveryRecorded(GUARANTEE, CALL, cny("12789.00"), RecoverySource.OBLIGOR, "R-1",
                        List.of(new Share(Parties.GUARANTOR, cny("6394.50")), new Share(POOL, cny("6394.50"))), LATER));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.RECOVERING);
    }

    @Test
    void an_odd_cent_of_a_recovery_goes_to_the_guarantor() {
        Given given = honoured();

        assertThat(given.when(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("0.01"), RecoverySource.OTHER, null), LATER))
                .containsExactly(new RecoveryRecorded(GUARANTEE, CALL, cny("0.01"), RecoverySource.OTHER, null,
                        List.of(new Share(Parties.GUARANTOR, cny("0.01")), new Share(POOL, cny("0.00"))), LATER));
    }

    @Test
    void enforcing_the_counter_guarantee_is_recorded_as_a_source_of_recovery() {
        Given given = honoured();

        List<GuaranteeEvent> events = given.when(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("50000.00"),
                RecoverySource.COUNTER_GUARANTEE, "AUCTION-7"), LATER);

        assertThat(events.get(0)).isEqualTo(new CounterGuaranteeEnforced(GUARANTEE, CALL, cny("50000.00"), "AUCTION-7", LATER));
        assertThat(events.get(1)).isInstanceOfSatisfying(RecoveryRecorded.class,
                r -> assertThat(r.source()).isEqualTo(RecoverySource.COUNTER_GUARANTEE));
    }

    @Test
    void recovering_the_whole_share_closes_the_case_and_no_more_can_be_recovered() {
        Given given = honoured();

        assertThat(given.rejected(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("127890.01"), RecoverySource.OBLIGOR, null),
                LATER).rule()).isEqualTo("recovery-within-share");
        assertThat(given.when(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("127890.00"), RecoverySource.OBLIGOR, null), LATER))
                .endsWith(new CaseClosed(GUARANTEE, CALL, "RECOVERED_IN_FULL", LATER));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.CLOSED);
        assertThat(given.rejected(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("1.00"), RecoverySource.OBLIGOR, null),
                LATER).rule()).isEqualTo("honoured-call");
    }

    @Test
    void writing_off_what_is_not_recovered_closes_the_case_and_reimbursements_stay_owed() {
        Given given = honoured();
        given.when(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("12789.00"), RecoverySource.OBLIGOR, null), LATER);

        assertThat(given.rejected(new WriteOff(GUARANTEE, ASSESSOR, CALL, null), LATER).rule()).isEqualTo("write-off-reason");
        assertThat(given.when(new WriteOff(GUARANTEE, CHECKER, CALL, "obligor insolvent"), LATER)).containsExactly(
                new CallWrittenOff(GUARANTEE, CALL, cny("115101.00"), "obligor insolvent", "chen.jing", LATER),
                new CaseClosed(GUARANTEE, CALL, "WRITTEN_OFF", LATER));
        assertThat(given.when(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, POOL, cny("63945.00"), null), LATER)).hasSize(1);
    }

    @Test
    void recoveries_and_write_offs_need_an_honoured_call() {
        assertThat(called().rejected(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, cny("1.00"), RecoverySource.OBLIGOR, null),
                LATER).rule()).isEqualTo("honoured-call");
        assertThat(called().rejected(new WriteOff(GUARANTEE, ASSESSOR, CALL, "x"), LATER).rule()).isEqualTo("honoured-call");
    }

    @Test
    void when_the_insurer_pays_after_the_guarantor_the_beneficiary_refunds_the_excess_and_the_pool_is_owed_back() {
        Given given = honoured();
        given.when(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, POOL, cny("63945.00"), "POOL-1"), LATER);

        // the waterfall: 70% x (182,700.00 - 138,160.00) = 31,178.00; the beneficiary got 96,712.00 too much
        assertThat(given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("138160.00"), LATER), LATER)).containsExactly(
                new IndemnityNoted(GUARANTEE, DEFAULTED_ON, cny("138160.00"), LATER),
                new HonourSettled(GUARANTEE, CALL, cny("138160.00"), cny("31178.00"), cny("96712.00"),
                        List.of(new Share(POOL, cny("15589.00"))), LATER));
        assertThat(given.call().reimbursementOutstanding(POOL)).isEqualTo(cny("-48356.00"));
        assertThat(given.rejected(new RecordBeneficiaryRefund(GUARANTEE, ASSESSOR, CALL, cny("96712.01"), null), LATER).rule())
                .isEqualTo("refund-not-exceeded");
        assertThat(given.when(new RecordBeneficiaryRefund(GUARANTEE, ASSESSOR, CALL, cny("96712.00"), "REF-1"), LATER))
                .containsExactly(new BeneficiaryRefundReceived(GUARANTEE, CALL, cny("96712.00"), "REF-1", LATER));
        assertThat(given.call().recoverable()).isEqualTo(cny("31178.00"));
        assertThat(given.rejected(new ReturnReimbursement(GUARANTEE, ASSESSOR, CALL, POOL, cny("48356.01"), null), LATER).rule())
                .isEqualTo("return-not-exceeded");
        assertThat(given.when(new ReturnReimbursement(GUARANTEE, ASSESSOR, CALL, POOL, cny("48356.00"), "BACK-1"), LATER))
                .containsExactly(new ReimbursementReturned(GUARANTEE, CALL, POOL, cny("48356.00"), "BACK-1", LATER));
        assertThat(given.call().reimbursementOutstanding(POOL)).isEqualTo(cny("0.00"));
    }

    @Test
    void the_same_indemnity_noted_again_records_nothing() {
        Given given = honoured();
        given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("138160.00"), LATER), LATER);

        assertThat(given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("138160.00"), LATER), LATER)).isEmpty();
    }
}

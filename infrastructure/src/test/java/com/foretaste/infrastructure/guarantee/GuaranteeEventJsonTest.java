package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.CallId;
import com.foretaste.domain.guarantee.financing.CounterGuarantee;
import com.foretaste.domain.guarantee.financing.FeeInstalment;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.guarantee.financing.GuaranteeTerms;
import com.foretaste.domain.guarantee.financing.GuaranteedAgreement;
import com.foretaste.domain.guarantee.financing.Movement;
import com.foretaste.domain.guarantee.financing.RecoverySource;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.support.FrozenEventJson;
import com.foretaste.infrastructure.support.FrozenEventJsonTestBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Events are forever: the JSON of every guarantee event is frozen in {@code events/guarantees/<EventName>.json}.
 * A change of shape fails here; make it additive, or add a revision and an upcaster ({@link FrozenEventJson}).
 */
class GuaranteeEventJsonTest extends FrozenEventJsonTestBase {

    private static final GuaranteeId GUARANTEE = GuaranteeId.parse("0c5f0000-0000-4000-8000-00000000d001");
    private static final CallId CALL = CallId.parse("0c5f0000-0000-4000-8000-00000000c002");
    private static final AgreementId AGREEMENT = AgreementId.parse("0c5f0000-0000-4000-8000-00000000b001");
    private static final LocalDate ON = LocalDate.of(2026, 7, 30);
    private static final GuaranteeTerms TERMS = new GuaranteeTerms(org(4), org(1), org(2), AGREEMENT, cny("300000.00"),
            Rate.of("0.7"), Rate.of("0.02"), new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 9, 1)),
            new CounterGuarantee(CounterGuarantee.Kind.PATENT_PLEDGE, "CN114123456B", cny("500000.00")), RiskSharing.anhui(),
            cny("100000.00"));
    private static final List<Share> ANHUI = List.of(new Share(RiskSharing.RE_GUARANTOR, cny("38367.00")),
            new Share(RiskSharing.LENDING_BANK, cny("25578.00")), new Share(RiskSharing.LOCAL_GOVERNMENT, cny("12789.00")));

    private static final FrozenEventJson EVENTS = new FrozenEventJson("guarantees", Map.ofEntries(
            entry(GuaranteeRequested.class, new GuaranteeRequested(GUARANTEE, TERMS, new GuaranteedAgreement(AGREEMENT, org(1),
                    org(2), Money.CNY, true, cny("400000.00")), "qinling", LocalDate.of(2026, 2, 1))),
            entry(GuaranteeApproved.class, new GuaranteeApproved(GUARANTEE, List.of(new FeeInstalment(1,
                    new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)), LocalDate.of(2026, 3, 12),
                    cny("6000.00")), new FeeInstalment(2, new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 1)),
                    LocalDate.of(2027, 3, 1), cny("3024.66"))), cny("280000.00"), "wang.lei", LocalDate.of(2026, 2, 10))),
            entry(GuaranteeDeclined.class, new GuaranteeDeclined(GUARANTEE, "limits", "wang.lei", ON)),
            entry(ApprovalLapsed.class, new ApprovalLapsed(GUARANTEE, LocalDate.of(2026, 3, 13))),
            entry(FeePaid.class, new FeePaid(GUARANTEE, cny("2000.00"), "ICBC-1", "wang.lei", ON)),
            entry(GuaranteeIssued.class, new GuaranteeIssued(GUARANTEE, ON, cny("280000.00"))),
            entry(FeeInstalmentOverdue.class, new FeeInstalmentOverdue(GUARANTEE, 2, cny("3024.66"), LocalDate.of(2027, 3, 2))),
            entry(OutstandingMoved.class, new OutstandingMoved(GUARANTEE, Movement.PAYMENT,
                    "0c5f0000-0000-4000-8000-00000000e001", cny("300000.00"), cny("210000.00"), ON)),
            entry(DefaultNoted.class, new DefaultNoted(GUARANTEE, ON, cny("180000.00"), cny("2700.00"))),
            entry(DefaultCureNoted.class, new DefaultCureNoted(GUARANTEE, ON, ON.plusDays(10))),
            entry(IndemnityNoted.class, new IndemnityNoted(GUARANTEE, ON, cny("138160.00"), ON.plusDays(60))),
            entry(GuaranteeCalled.class, new GuaranteeCalled(GUARANTEE, CALL, ON, cny("182700.00"), "university", ON.plusDays(1))),
            entry(CallWithdrawn.class, new CallWithdrawn(GUARANTEE, CALL, ON.plusDays(5))),
            entry(CallRejected.class, new CallRejected(GUARANTEE, CALL, "covered by insurance", "wang.lei", ON.plusDays(5))),
            entry(CallAssessed.class, new CallAssessed(GUARANTEE, CALL, cny("0.00"), cny("127890.00"), "wang.lei", ON.plusDays(2))),
            entry(CallHonoured.class, new CallHonoured(GUARANTEE, CALL, cny("127890.00"), "ICBC-2", "chen.jing", ON.plusDays(3))),
            entry(ReimbursementClaimed.class, new ReimbursementClaimed(GUARANTEE, CALL, RiskSharing.RE_GUARANTOR,
                    cny("38367.00"), ON.plusDays(3))),
            entry(ReimbursementReceived.class, new ReimbursementReceived(GUARANTEE, CALL, RiskSharing.RE_GUARANTOR,
                    cny("38367.00"), "SXRG-1", ON.plusDays(20))),
            entry(ReimbursementReturned.class, new ReimbursementReturned(GUARANTEE, CALL, RiskSharing.RE_GUARANTOR,
                    cny("29013.60"), "ICBC-3", ON.plusDays(70))),
            entry(HonourSettled.class, new HonourSettled(GUARANTEE, CALL, cny("138160.00"), cny("31178.00"), cny("96712.00"),
                    List.of(new Share(RiskSharing.RE_GUARANTOR, cny("9353.40")), new Share(RiskSharing.LENDING_BANK,
                            cny("6235.60")), new Share(RiskSharing.LOCAL_GOVERNMENT, cny("3117.80"))), ON.plusDays(60))),
            entry(BeneficiaryRefundReceived.class, new BeneficiaryRefundReceived(GUARANTEE, CALL, cny("96712.00"), "NWPU-1",
                    ON.plusDays(65))),
            entry(CounterGuaranteeEnforced.class, new CounterGuaranteeEnforced(GUARANTEE, CALL, cny("12789.00"), "AUCTION-1",
                    ON.plusDays(200))),
            entry(RecoveryRecorded.class, new RecoveryRecorded(GUARANTEE, CALL, cny("12789.00"), RecoverySource.COUNTER_GUARANTEE,
                    "AUCTION-1", ANHUI, ON.plusDays(200))),
            entry(CallWrittenOff.class, new CallWrittenOff(GUARANTEE, CALL, cny("115101.00"), "insolvent", "chen.jing",
                    ON.plusDays(300))),
            entry(CaseClosed.class, new CaseClosed(GUARANTEE, CALL, "WRITTEN_OFF", ON.plusDays(300))),
            entry(GuaranteeReleased.class, new GuaranteeReleased(GUARANTEE, ON)),
            entry(GuaranteeExpired.class, new GuaranteeExpired(GUARANTEE, LocalDate.of(2027, 9, 1)))));

    GuaranteeEventJsonTest() {
        super(GuaranteeEvent.class, EVENTS);
    }
}

package com.foretaste.infrastructure.insurance;

import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.insurance.policy.PolicyTerms;
import com.foretaste.domain.insurance.policy.Premium;
import com.foretaste.domain.insurance.policy.PremiumPayer;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.support.FrozenEventJson;
import com.foretaste.infrastructure.support.FrozenEventJsonTestBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Events are forever: the JSON of every policy event is frozen in {@code events/insurance/<EventName>.json}.
 * A change of shape fails here; make it additive, or add a revision and an upcaster.
 */
class PolicyEventJsonTest extends FrozenEventJsonTestBase {

    private static final PolicyId POLICY = PolicyId.parse("0c5f0000-0000-4000-8000-00000000a001");
    private static final ClaimId CLAIM = ClaimId.parse("0c5f0000-0000-4000-8000-00000000c001");
    private static final LocalDate ON = LocalDate.of(2026, 7, 30);
    private static final PolicyTerms TERMS = new PolicyTerms(org(5), org(1), org(2),
            AgreementId.parse("0c5f0000-0000-4000-8000-00000000b001"), cny("500000.00"), Rate.of("0.8"), cny("10000.00"),
            cny("600000.00"), Rate.of("0.02"), Rate.of("0.4"), org(6),
            new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), LocalDate.of(2026, 1, 31), 90, 30,
            cny("100000.00"), false);

    private static final FrozenEventJson EVENTS = new FrozenEventJson("insurance", Map.ofEntries(
            entry(PolicyQuoted.class, new PolicyQuoted(POLICY, TERMS, new Premium(cny("12000.00"), cny("4800.00"),
                    cny("7200.00")), "zhao.min", LocalDate.of(2025, 12, 15))),
            entry(PremiumPaid.class, new PremiumPaid(POLICY, PremiumPayer.SUBSIDY, cny("4800.00"), "GOV-1", ON)),
            entry(PolicyActivated.class, new PolicyActivated(POLICY, ON)),
            entry(PolicyLapsed.class, new PolicyLapsed(POLICY, ON, cny("0.00"), cny("4800.00"))),
            entry(PolicyCancelled.class, new PolicyCancelled(POLICY, ON, "moving abroad", cny("3287.67"), cny("5227.40"),
                    cny("3484.93"))),
            entry(PolicyExpired.class, new PolicyExpired(POLICY, LocalDate.of(2027, 1, 1))),
            entry(DefaultCovered.class, new DefaultCovered(POLICY, LocalDate.of(2026, 5, 1), cny("180000.00"), cny("2700.00"),
                    List.of(2), ON)),
            entry(ClaimBecameFileable.class, new ClaimBecameFileable(POLICY, LocalDate.of(2026, 5, 1), ON)),
            entry(DefaultCureNoted.class, new DefaultCureNoted(POLICY, LocalDate.of(2026, 5, 1), ON)),
            entry(ClaimFiled.class, new ClaimFiled(POLICY, CLAIM, LocalDate.of(2026, 5, 1), cny("182700.00"), "university",
                    false, ON)),
            entry(ClaimAssessed.class, new ClaimAssessed(POLICY, CLAIM, cny("138160.00"), "zhao.min", "confirmed", ON)),
            entry(ClaimApproved.class, new ClaimApproved(POLICY, CLAIM, cny("138160.00"), "li.na", ON, ON.plusDays(30))),
            entry(ClaimRejected.class, new ClaimRejected(POLICY, CLAIM, "within the deductible", "li.na", ON)),
            entry(ClaimPaid.class, new ClaimPaid(POLICY, CLAIM, cny("138160.00"), "SWIFT-1", "zhao.min", ON)),
            entry(ClaimPaymentOverdue.class, new ClaimPaymentOverdue(POLICY, CLAIM, ON, ON.plusDays(1))),
            entry(ClaimWithdrawn.class, new ClaimWithdrawn(POLICY, CLAIM, ON)),
            entry(RecoveryRecorded.class, new RecoveryRecorded(POLICY, CLAIM, cny("50000.00"), cny("37810.61"),
                    cny("12189.39"), "LICENSEE_PAYMENT", "0c5f0000-0000-4000-8000-00000000e001", ON)),
            entry(ClaimClosed.class, new ClaimClosed(POLICY, CLAIM, "the loss was recovered in full", ON))));

    PolicyEventJsonTest() {
        super(PolicyEvent.class, EVENTS);
    }
}

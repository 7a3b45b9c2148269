package com.foretaste.application.insurance;

import com.foretaste.domain.insurance.policy.Actor;
import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.ClaimStatus;
import com.foretaste.domain.insurance.policy.CoveredAgreement;
import com.foretaste.domain.insurance.policy.Policy;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyFile;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.insurance.policy.PolicyState;
import com.foretaste.domain.insurance.policy.PolicyTerms;
import com.foretaste.domain.insurance.policy.PremiumPayer;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementDefaulted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
import com.foretaste.domain.licensing.agreement.Allocation;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreement A defaults, its claim is filed by the policy after the waiting period, approved and paid, and
 * the licensee then pays: a recovery. Agreement B defaults and cures before its claim is paid: withdrawn.
 * The process manager is fed the same agreement events twice; the policies act on each once.
 */
class PolicyClaimsProcessTest {

    private static final OrganisationId INSURER = org(5);
    private static final OrganisationId LICENSOR = org(1);
    private static final OrganisationId LICENSEE = org(2);
    private static final Actor ZHAO = new Actor(INSURER, "zhao.min");
    private static final Actor LI = new Actor(INSURER, "li.na");
    private static final LocalDate DEFAULTED_ON = LocalDate.of(2026, 5, 1);
    private static final LocalDate CLAIMABLE = DEFAULTED_ON.plusDays(90);

    private final Policies policies = new Policies();
    private final Set<String> handledIds = new HashSet<>();
    private final Map<AgreementId, List<PolicyId>> covered = new LinkedHashMap<>();
    private final PolicyClaimsProcess process = new PolicyClaimsProcess(coverage(), (p, id) -> handledIds.add(p + id), policies);

    @Test
    void replaying_the_agreements_events_files_withdraws_and_recovers_exactly_once() {
        AgreementId a = new AgreementId(UUID.randomUUID());
        AgreementId b = new AgreementId(UUID.randomUUID());
        PolicyId pa = policies.activePolicy(a, process);
        PolicyId pb = policies.activePolicy(b, process);

        List<Map.Entry<String, AgreementEvent>> defaults = List.of(
                Map.entry("evt-a-default", new AgreementDefaulted(a, DEFAULTED_ON, cny("180000.00"), cny("2700.00"), List.of(2))),
                Map.entry("evt-b-default", new AgreementDefaulted(b, DEFAULTED_ON, cny("50000.00"), cny("0.00"), List.of(1))));
        feedTwice(defaults);
        policies.observe(pa, CLAIMABLE);
        policies.observe(pb, CLAIMABLE);
        ClaimId claimA = policies.onlyClaim(pa).claimId();
        ClaimId claimB = policies.onlyClaim(pb).claimId();
        policies.decide(new PolicyCommand.AssessClaim(pa, ZHAO, claimA, cny("138160.00"), null), CLAIMABLE);
        policies.decide(new PolicyCommand.ApproveClaim(pa, LI, claimA), CLAIMABLE);
        policies.decide(new PolicyCommand.PayClaim(pa, ZHAO, claimA, "PAY-1"), CLAIMABLE.plusDays(10));

        List<Map.Entry<String, AgreementEvent>> later = List.of(
                Map.entry("evt-a-payment", new PaymentRecorded(a, "ICBC-1", CLAIMABLE.plusDays(20), cny("50000.00"),
                        List.of(new Allocation(2, cny("2700.00"), cny("47300.00"))), cny("0.00"))),
                Map.entry("evt-b-cure", new DefaultCured(b, CLAIMABLE.plusDays(5))));
        feedTwice(later);
        feedTwice(defaults);

        assertThat(policies.count(pa, PolicyEvent.DefaultCovered.class)).isEqualTo(1);
        assertThat(policies.count(pa, PolicyEvent.ClaimFiled.class)).isEqualTo(1);
        assertThat(policies.count(pa, PolicyEvent.RecoveryRecorded.class)).isEqualTo(1);
        assertThat(policies.onlyClaim(pa).recoveredByInsurer()).isEqualTo(cny("37810.61"));
        assertThat(policies.count(pb, PolicyEvent.ClaimFiled.class)).isEqualTo(1);
        assertThat(policies.count(pb, PolicyEvent.ClaimWithdrawn.class)).isEqualTo(1);
        assertThat(policies.onlyClaim(pb).status()).isEqualTo(ClaimStatus.WITHDRAWN);
        assertThat(claimB).isNotNull();
    }

    @Test
    void an_event_sent_again_after_its_handling_record_was_lost_still_changes_nothing() {
        AgreementId a = new AgreementId(UUID.randomUUID());
        PolicyId pa = policies.activePolicy(a, process);
        AgreementDefaulted defaulted = new AgreementDefaulted(a, DEFAULTED_ON, cny("180000.00"), cny("2700.00"), List.of(2));
        process.on(defaulted, "evt-1");
        policies.observe(pa, CLAIMABLE);
        ClaimId claim = policies.onlyClaim(pa).claimId();
        policies.decide(new PolicyCommand.AssessClaim(pa, ZHAO, claim, cny("138160.00"), null), CLAIMABLE);
        policies.decide(new PolicyCommand.ApproveClaim(pa, LI, claim), CLAIMABLE);
        policies.decide(new PolicyCommand.PayClaim(pa, ZHAO, claim, null), CLAIMABLE);
        PaymentRecorded paid = new PaymentRecorded(a, "ICBC-1", CLAIMABLE.plusDays(1), cny("50000.00"),
                List.of(new Allocation(2, cny("0.00"), cny("50000.00"))), cny("0.00"));
        process.on(paid, "evt-2");

        handledIds.clear();
        process.on(defaulted, "evt-1");
        process.on(paid, "evt-2");

        assertThat(policies.count(pa, PolicyEvent.DefaultCovered.class)).isEqualTo(1);
        assertThat(policies.count(pa, PolicyEvent.RecoveryRecorded.class)).isEqualTo(1);
    }

    @Test
    void events_of_agreements_no_policy_covers_send_nothing() {
        AgreementId uncovered = new AgreementId(UUID.randomUUID());
        process.on(new AgreementDefaulted(uncovered, DEFAULTED_ON, cny("1.00"), cny("0.00"), List.of(1)), "evt-x");
        assertThat(policies.sent).isEmpty();
    }

    private void feedTwice(List<Map.Entry<String, AgreementEvent>> events) {
        for (int round = 0; round < 2; round++) {
            events.forEach(e -> process.on(e.getValue(), e.getKey()));
        }
    }

    private PolicyCoverage coverage() {
        return new PolicyCoverage() {
            @Override
            public void cover(AgreementId agreementId, PolicyId policyId) {
                covered.computeIfAbsent(agreementId, k -> new ArrayList<>()).add(policyId);
            }

            @Override
            public List<PolicyId> policiesOf(AgreementId agreementId) {
                return covered.getOrDefault(agreementId, List.of());
            }
        };
    }

    /** Policies decided and evolved in memory by the domain's own rules; commands sent by the process are logged. */
    private static final class Policies implements PlatformPolicyCommands {
        private final Map<PolicyId, List<PolicyEvent>> streams = new HashMap<>();
        private final List<String> sent = new ArrayList<>();

        @Override
        public void send(PolicyCommand.ByPlatform command, String commandId) {
            sent.add(commandId);
            decide(command, LocalDate.of(2026, 9, 1));
        }

        PolicyId activePolicy(AgreementId agreement, PolicyClaimsProcess process) {
            PolicyId id = new PolicyId(UUID.randomUUID());
            PolicyTerms terms = new PolicyTerms(INSURER, LICENSOR, LICENSEE, agreement, cny("500000.00"), Rate.of("0.8"),
                    cny("10000.00"), cny("600000.00"), Rate.of("0.02"), Rate.ZERO, null,
                    new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), LocalDate.of(2026, 1, 31), 90, 30,
                    cny("100000.00"), true);
            LocalDate on = LocalDate.of(2025, 12, 20);
            decide(new PolicyCommand.QuotePolicy(id, ZHAO, terms, new CoveredAgreement(agreement, LICENSOR, LICENSEE, Money.CNY, true)), on);
            process.on(streams.get(id).get(0), "quote-" + id);
            decide(new PolicyCommand.RecordPremiumPayment(id, ZHAO, PremiumPayer.POLICYHOLDER, cny("12000.00"), null), on);
            return id;
        }

        void observe(PolicyId id, LocalDate date) {
            decide(new PolicyCommand.ObserveBusinessDate(id, date), date);
        }

        void decide(PolicyCommand command, LocalDate today) {
            List<PolicyEvent> stream = streams.computeIfAbsent(command.policyId(), k -> new ArrayList<>());
            Decision<PolicyEvent> decision = Policy.decide(command, Policy.replay(stream), today);
            assertThat(decision).as("%s", decision).isInstanceOf(Decision.Accepted.class);
            stream.addAll(((Decision.Accepted<PolicyEvent>) decision).events());
        }

        long count(PolicyId id, Class<? extends PolicyEvent> type) {
            return streams.get(id).stream().filter(type::isInstance).count();
        }

        com.foretaste.domain.insurance.policy.Claim onlyClaim(PolicyId id) {
            PolicyState state = Policy.replay(streams.get(id));
            PolicyFile file = switch (state) {
                case PolicyState.Active s -> s.file();
                case PolicyState.Expired s -> s.file();
                default -> throw new IllegalStateException(state.toString());
            };
            assertThat(file.claims()).hasSize(1);
            return file.claims().get(0);
        }
    }

    private static OrganisationId org(int n) {
        return new OrganisationId(UUID.fromString("6f1c2a4e-000" + n + "-4000-8000-00000000000" + n));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}

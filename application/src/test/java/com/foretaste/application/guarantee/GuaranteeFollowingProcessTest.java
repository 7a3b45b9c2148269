package com.foretaste.application.guarantee;

import com.foretaste.application.platform.HandledEvents;
import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteCompletion;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteCure;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteDefault;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteIndemnity;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.NoteOutstanding;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.GuaranteeRequested;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.guarantee.financing.GuaranteeTerms;
import com.foretaste.domain.guarantee.financing.GuaranteedAgreement;
import com.foretaste.domain.guarantee.financing.Movement;
import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyEvent.ClaimPaid;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementDefaulted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DelinquencyBucketChanged;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceCompleted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
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
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process manager tells each guarantee of an agreement what the agreement and its insurers did, once per event
 * however often the events are delivered, with command ids derived from the events.
 */
class GuaranteeFollowingProcessTest {

    private static final AgreementId AGREEMENT = AgreementId.parse("0c5f0000-0000-4000-8000-00000000b001");
    private static final AgreementId OTHER_AGREEMENT = AgreementId.parse("0c5f0000-0000-4000-8000-00000000b002");
    private static final GuaranteeId GUARANTEE = GuaranteeId.parse("0c5f0000-0000-4000-8000-00000000d001");
    private static final PolicyId POLICY = PolicyId.parse("0c5f0000-0000-4000-8000-00000000a001");
    private static final PolicyId SECOND_POLICY = PolicyId.parse("0c5f0000-0000-4000-8000-00000000a002");
    private static final ClaimId CLAIM = ClaimId.parse("0c5f0000-0000-4000-8000-00000000c001");
    private static final ClaimId SECOND_CLAIM = ClaimId.parse("0c5f0000-0000-4000-8000-00000000c002");
    private static final LocalDate DEFAULTED = LocalDate.of(2026, 7, 3);

    private final Fakes fakes = new Fakes();
    private final GuaranteeFollowingProcess process = new GuaranteeFollowingProcess(fakes, fakes, fakes, fakes);

    @Test
    void each_event_is_told_to_the_guarantees_of_its_agreement_once_however_often_it_is_delivered() {
        fakes.outstanding.put(1L, cny("300000.00"));
        fakes.outstanding.put(2L, cny("182700.00"));
        fakes.outstanding.put(3L, cny("0.00"));
        for (int delivery = 0; delivery < 2; delivery++) {
            process.on(requested(), "e-request");
            process.on(new PaymentRecorded(AGREEMENT, "ICBC-1", LocalDate.of(2026, 4, 2), cny("100000.00"), List.of(),
                    cny("0.00")), "e-payment", 1L);
            process.on(new DelinquencyBucketChanged(AGREEMENT, 2, null, "1-30", 1, LocalDate.of(2026, 5, 2)), "e-bucket", 2L);
            process.on(new AgreementDefaulted(AGREEMENT, DEFAULTED, cny("180000.00"), cny("2700.00"), List.of(2)),
                    "e-default", 2L);
            process.on(new PaymentRecorded(OTHER_AGREEMENT, "ICBC-9", LocalDate.of(2026, 4, 2), cny("1.00"), List.of(),
                    cny("0.00")), "e-other", 1L);
            process.on(new ClaimPaid(POLICY, CLAIM, cny("100000.00"), "CAPIC-1", "insurer", LocalDate.of(2026, 9, 1)),
                    "e-claim");
            process.on(new ClaimPaid(SECOND_POLICY, SECOND_CLAIM, cny("38160.00"), "PICC-1", "insurer2",
                    LocalDate.of(2026, 9, 2)), "e-claim-2");
            process.on(new DefaultCured(AGREEMENT, LocalDate.of(2026, 10, 1)), "e-cure", 3L);
            process.on(new LicenceCompleted(AGREEMENT, LocalDate.of(2027, 3, 1)), "e-complete", 4L);
        }

        assertThat(fakes.sent.values()).containsExactly(
                new NoteOutstanding(GUARANTEE, Movement.PAYMENT, "e-payment", cny("300000.00"), LocalDate.of(2026, 4, 2)),
                new NoteOutstanding(GUARANTEE, Movement.DEFAULT, "e-default", cny("182700.00"), DEFAULTED),
                new NoteDefault(GUARANTEE, DEFAULTED, cny("180000.00"), cny("2700.00")),
                new NoteIndemnity(GUARANTEE, DEFAULTED, cny("100000.00"), LocalDate.of(2026, 9, 1)),
                new NoteIndemnity(GUARANTEE, DEFAULTED, cny("138160.00"), LocalDate.of(2026, 9, 2)),
                new NoteOutstanding(GUARANTEE, Movement.CURE, "e-cure", cny("0.00"), LocalDate.of(2026, 10, 1)),
                new NoteCure(GUARANTEE, LocalDate.of(2026, 10, 1)),
                new NoteCompletion(GUARANTEE, LocalDate.of(2027, 3, 1)));
        assertThat(fakes.sendings).isEqualTo(8);
        assertThat(fakes.handled).doesNotContain(GuaranteeFollowingProcess.NAME + "/e-other",
                GuaranteeFollowingProcess.NAME + "/e-bucket");
    }

    @Test
    void a_command_id_is_the_same_for_the_same_event_guarantee_and_place_and_differs_otherwise() {
        String id = GuaranteeFollowingProcess.commandId("e-default", GUARANTEE, 0);
        assertThat(GuaranteeFollowingProcess.commandId("e-default", GUARANTEE, 0)).isEqualTo(id);
        assertThat(GuaranteeFollowingProcess.commandId("e-default", GUARANTEE, 1)).isNotEqualTo(id);
        assertThat(GuaranteeFollowingProcess.commandId("e-payment", GUARANTEE, 0)).isNotEqualTo(id);
    }

    @Test
    void events_of_agreements_no_guarantee_follows_are_not_acted_on_and_a_later_request_is_followed_from_then_on() {
        AgreementEvent payment = new PaymentRecorded(AGREEMENT, "ICBC-1", LocalDate.of(2026, 4, 2), cny("100000.00"),
                List.of(), cny("0.00"));
        process.on(payment, "e-early", 1L);
        assertThat(fakes.sent).isEmpty();
        fakes.outstanding.put(2L, cny("200000.00"));
        process.on(requested(), "e-request");
        process.on(payment, "e-later", 2L);
        assertThat(fakes.sent.values()).containsExactly(new NoteOutstanding(GUARANTEE, Movement.PAYMENT, "e-later",
                cny("200000.00"), LocalDate.of(2026, 4, 2)));
    }

    private static GuaranteeRequested requested() {
        OrganisationId guarantor = OrganisationId.parse("6f1c2a4e-0004-4000-8000-000000000004");
        OrganisationId licensor = OrganisationId.parse("6f1c2a4e-0001-4000-8000-000000000001");
        OrganisationId licensee = OrganisationId.parse("6f1c2a4e-0002-4000-8000-000000000002");
        GuaranteeTerms terms = new GuaranteeTerms(guarantor, licensor, licensee, AGREEMENT, cny("300000.00"), Rate.of("0.7"),
                Rate.of("0.02"), new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 9, 1)), null, RiskSharing.xian(),
                cny("100000.00"));
        return new GuaranteeRequested(GUARANTEE, terms, new GuaranteedAgreement(AGREEMENT, licensor, licensee, Money.CNY, true,
                cny("400000.00")), "qinling", LocalDate.of(2026, 2, 1));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** The ports in memory: each records what the process did. */
    private static final class Fakes implements GuaranteeFollowing, AgreementFigures, HandledEvents, PlatformGuaranteeCommands {
        final Map<AgreementId, List<GuaranteeId>> follows = new HashMap<>();
        final Map<String, Money> indemnities = new LinkedHashMap<>();
        final Map<Long, Money> outstanding = new HashMap<>();
        final Set<String> handled = new HashSet<>();
        final Map<String, GuaranteeCommand.ByPlatform> sent = new LinkedHashMap<>();
        int sendings;

        @Override
        public void follow(AgreementId agreementId, GuaranteeId guaranteeId) {
            follows.computeIfAbsent(agreementId, a -> new ArrayList<>()).add(guaranteeId);
        }

        @Override
        public List<GuaranteeId> guaranteesOf(AgreementId agreementId) {
            return follows.getOrDefault(agreementId, List.of());
        }

        @Override
        public Money indemnityPaid(AgreementId agreementId, LocalDate defaultedOn, String claimId, Money amount) {
            indemnities.putIfAbsent(claimId, amount);
            return indemnities.values().stream().reduce(Money.zero(amount.currency()), Money::plus);
        }

        @Override
        public Optional<Money> outstandingAfter(AgreementId agreementId, long sequence, LocalDate on) {
            return Optional.ofNullable(outstanding.get(sequence));
        }

        @Override
        public Optional<ClaimedDefault> claimedDefault(PolicyId policyId, ClaimId claimId) {
            return Optional.of(new ClaimedDefault(AGREEMENT, DEFAULTED));
        }

        @Override
        public boolean firstTime(String process, String eventId) {
            return handled.add(process + "/" + eventId);
        }

        @Override
        public void send(GuaranteeCommand.ByPlatform command, String commandId) {
            sendings++;
            sent.put(commandId, command);
        }
    }
}

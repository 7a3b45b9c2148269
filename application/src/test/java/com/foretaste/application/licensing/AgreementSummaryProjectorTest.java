package com.foretaste.application.licensing;

import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.licensing.agreement.DueRule;
import com.foretaste.domain.licensing.agreement.Exclusivity;
import com.foretaste.domain.licensing.agreement.Instalment;
import com.foretaste.domain.licensing.agreement.NoDecisionOutcome;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.licensing.agreement.Price;
import com.foretaste.domain.licensing.agreement.Terms;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementSummaryProjectorTest {

    private static final AgreementId AGREEMENT = AgreementId.parse("6b1f0d2a-8c3e-4f5a-9b7c-1d2e3f4a5b6c");
    private static final OrganisationId UNIVERSITY = OrganisationId.parse("a1000000-0000-4000-8000-000000000001");
    private static final OrganisationId COMPANY = OrganisationId.parse("b2000000-0000-4000-8000-000000000002");
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 3, 16);

    private final InMemoryAgreementSummaries summaries = new InMemoryAgreementSummaries();
    private final AgreementSummaryProjector projector = new AgreementSummaryProjector(summaries);

    @Test
    void a_proposal_is_listed_as_proposed_with_its_parties_patents_and_fee() {
        projector.on(proposed(), 0);

        assertThat(summary()).isEqualTo(new AgreementSummary(AGREEMENT, AgreementStatus.PROPOSED, UNIVERSITY, COMPANY,
                List.of("CN114123456B", "ZL202310123456.7"), Money.of("300000.00", Money.CNY), PROPOSED_ON,
                null, null, 0));
    }

    @Test
    void an_accepted_proposal_is_listed_in_trial_up_to_the_last_day_of_the_trial() {
        projector.on(proposed(), 0);
        projector.on(trialStarted(ACCEPTED_ON), 1);

        assertThat(summary().status()).isEqualTo(AgreementStatus.TRIAL);
        assertThat(summary().proposedOn()).isEqualTo(PROPOSED_ON);
        assertThat(summary().trialStartsOn()).isEqualTo(ACCEPTED_ON);
        assertThat(summary().trialEndsOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(summary().lastSequence()).isEqualTo(1);
    }

    @Test
    void a_withdrawn_proposal_is_listed_as_withdrawn_and_keeps_its_proposal_date() {
        projector.on(proposed(), 0);
        projector.on(new ProposalWithdrawn(AGREEMENT, "patent under re-examination", LocalDate.of(2026, 3, 9)), 1);

        assertThat(summary().status()).isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(summary().proposedOn()).isEqualTo(PROPOSED_ON);
        assertThat(summary().trialStartsOn()).isNull();
        assertThat(summary().licenceFee()).isEqualTo(Money.of("300000.00", Money.CNY));
        assertThat(summary().lastSequence()).isEqualTo(1);
    }

    @Test
    void a_replayed_event_changes_nothing() {
        projector.on(proposed(), 0);
        projector.on(trialStarted(ACCEPTED_ON), 1);
        AgreementSummary beforeReplay = summary();

        projector.on(proposed(), 0);

        assertThat(summary()).isEqualTo(beforeReplay);
        assertThat(summaries.saves()).isEqualTo(2);
    }

    @Test
    void a_redelivered_event_with_the_last_sequence_number_changes_nothing() {
        projector.on(proposed(), 0);
        projector.on(trialStarted(ACCEPTED_ON), 1);
        AgreementSummary beforeRedelivery = summary();

        projector.on(trialStarted(ACCEPTED_ON.plusDays(1)), 1);

        assertThat(summary()).isEqualTo(beforeRedelivery);
    }

    private AgreementSummary summary() {
        return summaries.find(AGREEMENT).orElseThrow();
    }

    private static AgreementEvent trialStarted(LocalDate on) {
        return new TrialStarted(AGREEMENT, DateRange.ofMonths(on, 12));
    }

    private static AgreementProposed proposed() {
        Money fee = Money.of("300000", Money.CNY);
        Price price = new Price(fee, Money.zero(Money.CNY),
                List.of(new Instalment(fee, new DueRule.MonthsAfterLicenceStart(12))), null);
        Terms terms = new Terms("membrane filtration", "People's Republic of China", Exclusivity.SOLE, Money.CNY, 12,
                Money.zero(Money.CNY), 30, NoDecisionOutcome.LAPSE, 60, price, Rate.of("0.0005"), 30, 60);
        return new AgreementProposed(AGREEMENT, UNIVERSITY, COMPANY,
                List.of(new PatentNumber("CN114123456B"), new PatentNumber("ZL202310123456.7")), terms, PROPOSED_ON);
    }
}

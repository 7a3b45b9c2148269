package com.foretaste.infrastructure.licensing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.shared.RejectionKind;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.json.ForetasteJson;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import static com.foretaste.infrastructure.licensing.RejectionMatcher.rejectedFor;
import static com.foretaste.infrastructure.support.AgreementSamples.ACCEPTANCE_DATE;
import static com.foretaste.infrastructure.support.AgreementSamples.PROPOSAL_DATE;
import static com.foretaste.infrastructure.support.AgreementSamples.WITHDRAWAL_DATE;
import static com.foretaste.infrastructure.support.AgreementSamples.acceptanceBy;
import static com.foretaste.infrastructure.support.AgreementSamples.anotherCompany;
import static com.foretaste.infrastructure.support.AgreementSamples.licensee;
import static com.foretaste.infrastructure.support.AgreementSamples.licensor;
import static com.foretaste.infrastructure.support.AgreementSamples.proposal;
import static com.foretaste.infrastructure.support.AgreementSamples.proposed;
import static com.foretaste.infrastructure.support.AgreementSamples.termsWithTrialMonths;
import static com.foretaste.infrastructure.support.AgreementSamples.trialStarted;
import static com.foretaste.infrastructure.support.AgreementSamples.withdrawalBy;
import static com.foretaste.infrastructure.support.AgreementSamples.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

/** The Axon shell: commands carry the business date in their metadata; a rejection records nothing. */
class AgreementAggregateTest {

    private AggregateTestFixture<AgreementAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgreementAggregate.class);
    }

    @Test
    void a_proposal_creates_the_agreement_dated_on_the_business_date_of_the_command() {
        LocalDate anotherDay = PROPOSAL_DATE.plusDays(3);

        fixture.givenNoPriorActivity()
                .when(execute(proposal()), on(anotherDay))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposedOn(anotherDay))
                .expectState(agreement -> assertThat(agreement.state()).isInstanceOf(AgreementState.Proposed.class));
    }

    @Test
    void acceptance_by_the_named_licensee_starts_the_trial_on_the_business_date() {
        fixture.given(proposed())
                .when(execute(acceptanceBy(licensee())), on(ACCEPTANCE_DATE))
                .expectEvents(trialStarted());
    }

    @Test
    void the_licensor_may_withdraw_a_proposal_not_yet_accepted() {
        fixture.given(proposed())
                .when(execute(withdrawalBy(licensor())), on(WITHDRAWAL_DATE))
                .expectEvents(withdrawn());
    }

    @Test
    void a_proposal_cannot_be_withdrawn_once_accepted() {
        fixture.given(proposed(), trialStarted())
                .when(execute(withdrawalBy(licensor())), on(ACCEPTANCE_DATE.plusDays(1)))
                .expectNoEvents()
                .expectException(rejectedFor(RejectionKind.NOT_ALLOWED_IN_STATE, "withdraw-only-proposed"));
    }

    @Test
    void an_organisation_that_is_no_party_may_not_accept() {
        fixture.given(proposed())
                .when(execute(acceptanceBy(anotherCompany())), on(ACCEPTANCE_DATE))
                .expectNoEvents()
                .expectException(rejectedFor(RejectionKind.NOT_A_PARTY, "party-to-agreement"));
    }

    @Test
    void a_proposal_with_invalid_terms_creates_nothing() {
        fixture.givenNoPriorActivity()
                .when(execute(proposal(termsWithTrialMonths(37))), on(PROPOSAL_DATE))
                .expectNoEvents()
                .expectException(rejectedFor(RejectionKind.INVALID, "trial-length-limit"));
    }

    @Test
    void an_agreement_id_cannot_be_proposed_twice() {
        fixture.given(proposed())
                .when(execute(proposal()), on(PROPOSAL_DATE))
                .expectNoEvents()
                .expectException(rejectedFor(RejectionKind.NOT_ALLOWED_IN_STATE, "agreement-id-unused"));
    }

    @Test
    void a_command_to_an_unknown_agreement_is_rejected_as_not_found() {
        fixture.givenNoPriorActivity()
                .when(execute(acceptanceBy(licensee())), on(ACCEPTANCE_DATE))
                .expectNoEvents()
                .expectException(rejectedFor(RejectionKind.NOT_FOUND, "agreement-exists"));
    }

    @Test
    void a_snapshot_of_the_aggregate_reads_back_with_the_same_state() {
        ObjectMapper snapshots = ForetasteJson.eventMapper();

        fixture.given(proposed())
                .when(execute(acceptanceBy(licensee())), on(ACCEPTANCE_DATE))
                .expectState(agreement -> {
                    AgreementAggregate restored = readBack(snapshots, agreement);
                    assertThat(restored.state()).isInstanceOf(AgreementState.Trial.class).isEqualTo(agreement.state());
                    JsonNode restoredJson = snapshots.valueToTree(restored);
                    assertThat(restoredJson).isEqualTo(snapshots.valueToTree(agreement));
                });
    }

    private static AgreementAggregate readBack(ObjectMapper mapper, AgreementAggregate aggregate) {
        try {
            return mapper.readValue(mapper.writeValueAsString(aggregate), AgreementAggregate.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExecuteAgreementCommand execute(AgreementCommand command) {
        return ExecuteAgreementCommand.of(command);
    }

    private static Map<String, Object> on(LocalDate businessDate) {
        return Map.of(MetadataKeys.BUSINESS_DATE, businessDate.toString());
    }

    private static AgreementProposed proposedOn(LocalDate date) {
        AgreementProposed sample = proposed();
        return new AgreementProposed(sample.agreementId(), sample.licensor(), sample.licensee(), sample.patents(),
                sample.terms(), date);
    }
}

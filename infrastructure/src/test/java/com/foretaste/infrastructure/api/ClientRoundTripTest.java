package com.foretaste.infrastructure.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.foretaste.client.ApiClient;
import com.foretaste.client.ApiException;
import com.foretaste.client.api.AgreementApi;
import com.foretaste.client.api.LicenceApi;
import com.foretaste.client.api.TrialApi;
import com.foretaste.client.model.Agreement;
import com.foretaste.client.model.Amount;
import com.foretaste.client.model.EquitySwap;
import com.foretaste.client.model.EquitySwapProposal;
import com.foretaste.client.model.MonthsAfterLicenceStart;
import com.foretaste.client.model.OnFirstRevenue;
import com.foretaste.client.model.Proposal;
import com.foretaste.client.model.ProposedInstalment;
import com.foretaste.client.model.ProposedPrice;
import com.foretaste.client.model.ProposedRoyalty;
import com.foretaste.client.model.ProposedTerms;
import com.foretaste.client.model.Schedule;
import com.foretaste.client.model.ScheduleLine;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import com.foretaste.infrastructure.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client generated at build time from docs/openapi.json (openapi-generator, {@code com.foretaste.client})
 * works against the running service: a proposal, its acceptance and purchase, the schedule, and an equity
 * swap, read back with the due rules' discriminator. The client refuses any member the document does not
 * declare, and writes decimals as strings, as the document says.
 */
@PostgresIntegrationTest
class ClientRoundTripTest extends PostgresTestBase {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 3, 2);

    @Test
    void a_generated_client_round_trips_a_proposal_a_schedule_and_a_swap() throws ApiException {
        UUID id = new AgreementApi(client("university")).propose(proposal(), null, null).getId();

        Agreement proposed = new AgreementApi(client("qinling")).get(id);
        assertThat(proposed.getState()).isEqualTo(Agreement.StateEnum.PROPOSED);
        assertThat(proposed.getTerms().getPrice().getLicenceFee().getAmount()).isEqualByComparingTo("300000.00");
        assertThat(proposed.getTerms().getPrice().getLicenceFee().getCurrency()).isEqualTo("CNY");
        assertThat(proposed.getTerms().getPrice().getInstalments()).extracting(i -> i.getDue().getActualInstance())
                .containsExactly(new OnFirstRevenue().kind(OnFirstRevenue.KindEnum.ON_FIRST_REVENUE).backstopMonths(12),
                        new MonthsAfterLicenceStart().kind(MonthsAfterLicenceStart.KindEnum.MONTHS_AFTER_LICENCE_START)
                                .months(24));
        assertThat(proposed.getTerms().getLateInterestDailyRate()).isEqualByComparingTo("0.0005");

        new AgreementApi(client("qinling")).accept(id, null, "client-round-trip");
        Agreement licensed = new TrialApi(client("qinling")).purchase(id, null, null);
        assertThat(licensed.getState()).isEqualTo(Agreement.StateEnum.LICENSED);

        Schedule schedule = new LicenceApi(client("university")).schedule(id);
        assertThat(schedule.getAsOf()).isEqualTo(BUSINESS_DATE);
        assertThat(schedule.getAmounts()).extracting(ScheduleLine::getNumber).containsExactly(1, 2);
        assertThat(schedule.getPrincipalOutstanding().getAmount()).isEqualByComparingTo("300000.00");

        new LicenceApi(client("university")).proposeSwap(id, new EquitySwapProposal().swapId("swap-1").shares(100_000L)
                .pricePerShare(new BigDecimal("0.90")).sharesOutstandingAfter(2_000_000L).applyTo(List.of(2)), null, null);
        Agreement swapped = new LicenceApi(client("qinling")).acceptSwap(id, "swap-1", null, null);
        EquitySwap swap = swapped.getLicence().getEquitySwaps().get(0);
        assertThat(swap.getAgreedOn()).isEqualTo(BUSINESS_DATE);
        assertThat(swap.getAmount().getAmount()).isEqualByComparingTo("90000.00");
        assertThat(swap.getStake()).isEqualByComparingTo("0.05");
        assertThat(new LicenceApi(client("university")).schedule(id).getAmounts().get(1).getPrincipalConverted()
                .getAmount()).isEqualByComparingTo("90000.00");
    }

    private static Proposal proposal() {
        return new Proposal().licensee(UUID.fromString(TestUsers.QINLING_ORG))
                .patents(List.of("CN114123456B", "ZL202310123456.7"))
                .terms(new ProposedTerms().fieldOfUse("industrial robot joint reducers").territory("Mainland China")
                        .exclusivity(ProposedTerms.ExclusivityEnum.SOLE).trialMonths(12).licenceTermMonths(60)
                        .lateInterestDailyRate(new BigDecimal("0.0005"))
                        .price(new ProposedPrice().licenceFee(cny("300000.00"))
                                .instalments(List.of(
                                        new ProposedInstalment().amount(cny("100000.00")).onFirstRevenueBackstopMonths(12),
                                        new ProposedInstalment().amount(cny("200000.00")).monthsAfterLicenceStart(24)))
                                .royalty(new ProposedRoyalty().rate(new BigDecimal("0.03")))));
    }

    private static Amount cny(String amount) {
        return new Amount().amount(new BigDecimal(amount)).currency("CNY");
    }

    /** The generated client as a user, strict about undeclared members, writing decimals as the document's strings. */
    private ApiClient client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        client.getObjectMapper().configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return client;
    }
}

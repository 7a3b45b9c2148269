package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.platform.organisation.OrganisationCommand.RecordNetAssets;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RegisterRelatedParty;
import com.foretaste.domain.platform.organisation.OrganisationEvent.NetAssetsRecorded;
import com.foretaste.domain.platform.organisation.OrganisationEvent.OrganisationRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.RelatedPartyRegistered;
import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.platform.organisation.OrganisationState.Registered;
import com.foretaste.domain.platform.organisation.OrganisationState.RelatedParty;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.foretaste.domain.platform.organisation.OrganisationTest.decide;
import static com.foretaste.domain.platform.organisation.OrganisationTest.rejection;
import static com.foretaste.domain.platform.organisation.OrganisationTest.replay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's part in the limits of guarantees: Xi'an Technology Finance Guarantee records its net assets from
 * its audited accounts (200,000,000.00 as of 2025-12-31, then 240,000,000.00 as of 2026-06-30), and Qinling
 * Robotics registers Weihe New Materials as a related party (under common control).
 */
class LimitRecordsTest {

    private static final OrganisationId AGENCY = new OrganisationId(UUID.fromString("0b5f0000-0000-4000-8000-000000000004"));
    private static final OrganisationId QINLING = new OrganisationId(UUID.fromString("0b5f0000-0000-4000-8000-000000000002"));
    private static final OrganisationId WEIHE = new OrganisationId(UUID.fromString("0b5f0000-0000-4000-8000-000000000003"));
    private static final OrganisationRegistered GUARANTOR =
            new OrganisationRegistered(AGENCY, "Xi'an Technology Finance Guarantee Co.", Role.GUARANTOR, null);
    private static final OrganisationRegistered LICENSEE =
            new OrganisationRegistered(QINLING, "Qinling Robotics Co., Ltd.", Role.LICENSEE, "C34");
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    private static final NetAssetsRecorded YEAR_END_FIGURE =
            new NetAssetsRecorded(AGENCY, Money.of("200000000.00", "CNY"), YEAR_END, false);

    @Test
    void a_guarantor_records_its_net_assets_and_the_latest_figure_counts() {
        assertThat(decide(new RecordNetAssets(AGENCY, Money.of("200000000.00", "CNY"), YEAR_END, false), GUARANTOR))
                .containsExactly(YEAR_END_FIGURE);
        NetAssetsRecorded halfYear = new NetAssetsRecorded(AGENCY, Money.of("240000000.00", "CNY"),
                LocalDate.of(2026, 6, 30), true);
        assertThat(decide(new RecordNetAssets(AGENCY, halfYear.netAssets(), halfYear.asOf(), true), GUARANTOR,
                YEAR_END_FIGURE)).containsExactly(halfYear);
        assertThat(((Registered) replay(GUARANTOR, YEAR_END_FIGURE, halfYear)).netAssets())
                .isEqualTo(new NetAssets(Money.of("240000000.00", "CNY"), LocalDate.of(2026, 6, 30), true));
    }

    @Test
    void a_figure_as_of_an_earlier_date_than_the_latest_is_refused() {
        assertThat(rejection(new RecordNetAssets(AGENCY, Money.of("190000000.00", "CNY"), YEAR_END.minusDays(1), false),
                GUARANTOR, YEAR_END_FIGURE).rule()).isEqualTo("net-assets-in-order");
        // a correction as of the same date replaces the figure
        assertThat(decide(new RecordNetAssets(AGENCY, Money.of("190000000.00", "CNY"), YEAR_END, false), GUARANTOR,
                YEAR_END_FIGURE)).hasSize(1);
    }

    @Test
    void net_assets_stay_in_the_currency_first_recorded() {
        assertThat(rejection(new RecordNetAssets(AGENCY, Money.of("30000000.00", "USD"), YEAR_END.plusDays(1), false),
                GUARANTOR, YEAR_END_FIGURE).rule()).isEqualTo("net-assets-currency-kept");
    }

    @Test
    void net_assets_are_a_positive_amount_as_of_a_date_and_only_a_guarantors() {
        assertThat(rejection(new RecordNetAssets(AGENCY, Money.of("0.00", "CNY"), YEAR_END, false), GUARANTOR).rule())
                .isEqualTo("net-assets-positive");
        assertThat(rejection(new RecordNetAssets(AGENCY, Money.of("1.00", "CNY"), null, false), GUARANTOR).field())
                .isEqualTo("asOf");
        assertThat(rejection(new RecordNetAssets(QINLING, Money.of("1.00", "CNY"), YEAR_END, false), LICENSEE).rule())
                .isEqualTo("net-assets-of-guarantor");
    }

    @Test
    void a_related_party_is_another_organisation_registered_once_with_the_relation() {
        RelatedPartyRegistered related = new RelatedPartyRegistered(QINLING, WEIHE, "under common control");
        assertThat(decide(new RegisterRelatedParty(QINLING, WEIHE, " under common control "), LICENSEE))
                .containsExactly(related);
        assertThat(rejection(new RegisterRelatedParty(QINLING, WEIHE, "parent"), LICENSEE, related).rule())
                .isEqualTo("related-party-once");
        assertThat(rejection(new RegisterRelatedParty(QINLING, QINLING, "itself"), LICENSEE).rule())
                .isEqualTo("related-party-other");
        assertThat(rejection(new RegisterRelatedParty(QINLING, WEIHE, " "), LICENSEE).rule()).isEqualTo("relation-text");
        assertThat(((Registered) replay(LICENSEE, related)).relatedParties())
                .containsExactly(new RelatedParty(WEIHE, "under common control"));
    }
}

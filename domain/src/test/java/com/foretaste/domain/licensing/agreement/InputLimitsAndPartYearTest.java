package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeEquitySwap;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceYearClosed;
import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Values too large or too fine to record are refused; a last licence year cut short owes its minimum pro rata. */
class InputLimitsAndPartYearTest {

    @Test
    void a_rate_finer_than_ten_decimal_places_is_refused() {
        assertThatThrownBy(() -> Rate.of("1E-25000000")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("rule", "rate-precision");
        assertThat(Rate.of("0.0000000001").value()).isEqualByComparingTo("1E-10");
    }

    @Test
    void an_amount_of_a_quadrillion_or_more_is_refused() {
        assertThatThrownBy(() -> Money.of("1000000000000000", "CNY")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("rule", "money-limit");
        assertThat(Money.of("999999999999999.99", "CNY").isPositive()).isTrue();
    }

    @Test
    void a_swap_id_and_a_price_per_share_have_a_recordable_shape() {
        var life = AgreementLife.boughtOn(PURCHASE_DATE, payingTerms());
        var tooLong = new ProposeEquitySwap(agreementId(), licensor(), "x".repeat(65), 100, new BigDecimal("1.00"), 1000, List.of());
        var tooFine = new ProposeEquitySwap(agreementId(), licensor(), "swap-1", 100, new BigDecimal("1.0000001"), 1000, List.of());

        AgreementScenario.given(life.history()).when(tooLong, PURCHASE_DATE).thenInvalid("swap-id-shape", "swapId");
        AgreementScenario.given(life.history()).when(tooFine, PURCHASE_DATE).thenInvalid("swap-price-precision", "pricePerShare");
    }

    @Test
    void a_last_licence_year_cut_short_owes_the_minimum_pro_rata_and_the_licence_completes_once_it_is_paid() {
        TermsBuilder terms = royaltyTerms().licenceTermMonths(18).upfrontFee(cny("300000.00")).instalments();
        LocalDate firstAnniversary = PURCHASE_DATE.plusYears(1);
        LocalDate termEnd = PURCHASE_DATE.plusMonths(18);
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, terms).pay(PURCHASE_DATE, "300000.00")
                .observe(PURCHASE_DATE).observe(firstAnniversary).observe(firstAnniversary.plusDays(30))
                .pay(firstAnniversary.plusDays(30), "10000.00").observe(termEnd);

        LicenceYearClosed last = (LicenceYearClosed) life.history().stream()
                .filter(e -> e instanceof LicenceYearClosed y && y.licenceYear() == 2).findFirst().orElseThrow();
        BigDecimal expected = new BigDecimal("10000.00").multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(firstAnniversary, termEnd)))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(firstAnniversary, firstAnniversary.plusYears(1))), 2, RoundingMode.HALF_EVEN);
        assertThat(last.closedOn()).isEqualTo(termEnd);
        assertThat(last.minimumRoyaltyTopUp().amount().amount()).isEqualByComparingTo(expected);
        assertThat(life.then().state().status()).as("the part-year top-up is still owed").isEqualTo(AgreementStatus.LICENSED);

        life.pay(termEnd, expected.toPlainString()).observe(termEnd.plusDays(30));
        assertThat(life.then().state().status()).isEqualTo(AgreementStatus.COMPLETED);
    }
}

package com.foretaste.domain.licensing.agreement;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processing a business date twice changes nothing the second time, and neither does a date earlier
 * than one already processed: every fact of a date is recorded once.
 */
class ObservingDatesAgainTest {

    private static Arguments run(String what, Supplier<AgreementLife> history, LocalDate date) {
        return Arguments.of(Named.of(what, history), date);
    }

    static Stream<Arguments> datesThatRecordSomething() {
        return Stream.of(
                run("trial end", () -> AgreementLife.from(List.of(proposed(), trialStarted())), TRIAL_END),
                run("window close, lapse", () -> AgreementLife.from(List.of(proposed(), trialStarted())), WINDOW_END),
                run("window close, convert", () -> AgreementLife.from(
                        List.of(proposed(payingTerms().convertWhenNoDecision()), trialStarted())), WINDOW_END.plusDays(40)),
                run("upfront fee due", () -> AgreementLife.from(licensedThen()), UPFRONT_DUE),
                run("overdue", () -> AgreementLife.from(licensedThen()), UPFRONT_DUE.plusDays(1)),
                run("default", () -> AgreementLife.from(licensedThen()), DEFAULT_DATE),
                run("bucket after default", () -> AgreementLife.from(licensedThen(upfrontDefaulted())), DEFAULT_DATE.plusDays(60)),
                run("credit applied", () -> AgreementLife.from(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"),
                        paid("TX-1", UPFRONT_DUE, "150000.00", "50000.00", allocation(1, "0.00", "100000.00")))), SECOND_DUE),
                run("backstop", () -> AgreementLife.from(licensedThen(upfrontPaid())), BACKSTOP),
                run("licence year closed", () -> AgreementLife.from(licensedOn(royaltyTerms(), upfrontPaid())),
                        SECOND_DUE.plusDays(1)),
                run("completion", () -> AgreementLife.boughtOn(PURCHASE_DATE, validTerms().licenceTermMonths(12)
                        .upfrontFee(cny("300000.00")).instalments().noRoyalty()).pay(PURCHASE_DATE, "300000.00"),
                        LocalDate.of(2026, 3, 3)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("datesThatRecordSomething")
    void observing_the_same_date_twice_records_nothing_new(Supplier<AgreementLife> history, LocalDate date) {
        AgreementLife life = history.get();
        int before = life.history().size();

        life.observe(date);

        assertThat(life.history()).as("the first run records something").hasSizeGreaterThan(before);
        life.then().when(observe(date), date).thenNothingIsRecorded();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("datesThatRecordSomething")
    void observing_an_earlier_date_after_a_later_one_records_nothing(Supplier<AgreementLife> history, LocalDate date) {
        AgreementLife life = history.get().observe(date);

        for (int daysEarlier : new int[]{1, 15, 31, 200}) {
            life.then().when(observe(date.minusDays(daysEarlier)), date).thenNothingIsRecorded();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void daily_runs_and_one_late_run_reach_the_same_standing(int step) {
        AgreementLife daily = AgreementLife.from(licensedThen());
        for (LocalDate d = PURCHASE_DATE; !d.isAfter(DEFAULT_DATE.plusDays(10)); d = d.plusDays(step)) {
            daily.observe(d);
        }
        AgreementLife late = AgreementLife.from(licensedThen()).observe(DEFAULT_DATE.plusDays(10));

        assertThat(daily.licence().ledger().get(1).overdue()).isEqualTo(late.licence().ledger().get(1).overdue());
        assertThat(daily.licence().ledger().get(1).bucket()).isEqualTo(late.licence().ledger().get(1).bucket());
        assertThat(daily.state().status()).isEqualTo(late.state().status()).isEqualTo(AgreementStatus.DEFAULTED);
    }
}

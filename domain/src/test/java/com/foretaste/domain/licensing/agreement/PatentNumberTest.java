package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatentNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"CN114123456B", "ZL202310123456.7", "ZL98123456.7", "US10123456B2", "ZL202310123456.X",
            "CN1234A", "EP1234567B1"})
    void a_publication_number_or_a_zl_patent_number_is_accepted_as_written(String number) {
        assertThat(new PatentNumber(number).value()).isEqualTo(number);
        assertThat(new PatentNumber(number)).hasToString(number);
    }

    @ParameterizedTest
    @CsvSource({
            "cn114123456b,          CN114123456B",
            "CN 114 123 456 B,      CN114123456B",
            "' us 10123456 b2 ',    US10123456B2",
            "zl 2023 1012 3456.7,   ZL202310123456.7",
            "zl98123456.x,          ZL98123456.X"})
    void lower_case_and_spaces_are_normalised(String written, String normalised) {
        assertThat(new PatentNumber(written)).isEqualTo(new PatentNumber(normalised));
        assertThat(new PatentNumber(written).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "CN123", "ZL2023101234567", "123456", "ZL202310123456.Y", "ZL202310123456",
            "ZL1234567.8", "ZL2023101234567.8", "CN114123456", "C114123456B", "CN114123456BB", "CN12345678901234B"})
    void a_number_of_another_shape_is_refused(String number) {
        assertThatThrownBy(() -> new PatentNumber(number))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("patent-number-shape"));
    }

    @Test
    void the_refusal_shows_the_number_and_both_accepted_shapes() {
        assertThatThrownBy(() -> new PatentNumber("zl2023101234567"))
                .hasMessageContaining("ZL2023101234567")
                .hasMessageContaining("CN114123456B")
                .hasMessageContaining("ZL202310123456.7");
    }
}

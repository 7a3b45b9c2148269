package com.foretaste.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    private static final String TEXT = "3f2b8c1e-9a4d-4e7f-b0c2-5d6e7f809a1b";

    @Test
    void an_agreement_id_parses_from_its_uuid_text_and_writes_back_the_same_text() {
        AgreementId id = AgreementId.parse(TEXT);

        assertThat(id.value()).isEqualTo(UUID.fromString(TEXT));
        assertThat(id).hasToString(TEXT).isEqualTo(AgreementId.parse(id.toString()));
    }

    @Test
    void an_organisation_id_parses_from_its_uuid_text_and_writes_back_the_same_text() {
        OrganisationId id = OrganisationId.parse(TEXT);

        assertThat(id.value()).isEqualTo(UUID.fromString(TEXT));
        assertThat(id).hasToString(TEXT);
    }

    @Test
    void surrounding_spaces_and_upper_case_are_accepted() {
        assertThat(AgreementId.parse("  " + TEXT.toUpperCase() + " ")).isEqualTo(AgreementId.parse(TEXT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "agreement-1", "3f2b8c1e9a4d4e7fb0c25d6e7f809a1b",
            "3f2b8c1e-9a4d-4e7f-b0c2-5d6e7f809a1bb", "3f2b8c1e-9a4d-4e7f-b0c2-5d6e7f809a1g"})
    void an_agreement_id_that_is_not_a_uuid_is_refused(String text) {
        assertThatThrownBy(() -> AgreementId.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("id-uuid"))
                .hasMessageContaining("agreement");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "org-42", "3f2b8c1e9a4d4e7fb0c25d6e7f809a1b"})
    void an_organisation_id_that_is_not_a_uuid_is_refused(String text) {
        assertThatThrownBy(() -> OrganisationId.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("id-uuid"))
                .hasMessageContaining("organisation");
    }
    @Test
    void an_id_with_short_groups_is_not_a_uuid() {
        assertThatThrownBy(() -> AgreementId.parse("1-2-3-4-5"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("id-uuid"));
    }

    @Test
    void a_typed_id_needs_a_value() {
        assertThatThrownBy(() -> new AgreementId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OrganisationId(null)).isInstanceOf(NullPointerException.class);
    }
}

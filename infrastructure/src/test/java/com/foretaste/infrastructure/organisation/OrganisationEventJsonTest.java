package com.foretaste.infrastructure.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.platform.organisation.OrganisationEvent;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorAssigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorUnassigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.NetAssetsRecorded;
import com.foretaste.domain.platform.organisation.OrganisationEvent.OrganisationRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.RelatedPartyRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserDisabled;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserRegistered;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.support.FrozenEventJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: the JSON of every event of an organisation's register is frozen in
 * {@code events/organisation/<EventName>.json}, and none has a member that could hold a credential.
 */
class OrganisationEventJsonTest {

    private static final OrganisationId BAOJI = OrganisationId.parse("0b5f0000-0000-4000-8000-000000000001");
    private static final OrganisationId FIRM = OrganisationId.parse("0b5f0000-0000-4000-8000-000000000002");

    private static final FrozenEventJson EVENTS = new FrozenEventJson("organisation", Map.ofEntries(
            entry(OrganisationRegistered.class, new OrganisationRegistered(BAOJI, "Baoji University of Arts and Sciences",
                    Role.LICENSOR, "P83")),
            entry(UserRegistered.class, new UserRegistered(BAOJI, "registrar", "Li Wei", Role.LICENSOR)),
            entry(UserDisabled.class, new UserDisabled(BAOJI, "registrar", "left the university")),
            entry(AuditorAssigned.class, new AuditorAssigned(BAOJI, FIRM)),
            entry(AuditorUnassigned.class, new AuditorUnassigned(BAOJI, FIRM)),
            entry(NetAssetsRecorded.class, new NetAssetsRecorded(BAOJI, Money.of("200000000.00", "CNY"),
                    LocalDate.of(2025, 12, 31), true)),
            entry(RelatedPartyRegistered.class, new RelatedPartyRegistered(BAOJI, FIRM, "under common control"))));

    static Stream<Class<?>> eventTypes() {
        return FrozenEventJson.eventTypes(OrganisationEvent.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void an_event_is_written_as_its_frozen_json_with_no_credential(Class<?> type) throws IOException {
        JsonNode written = EVENTS.written(type);

        assertThat(written).isEqualTo(EVENTS.frozen(type));
        assertThat(written.fieldNames()).toIterable().noneMatch(name -> name.toLowerCase().contains("password")
                || name.toLowerCase().contains("hash") || name.toLowerCase().contains("secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void a_frozen_json_reads_back_into_an_equal_event(Class<?> type) throws IOException {
        assertThat(EVENTS.readBack(type)).isEqualTo(EVENTS.sample(type));
    }
}

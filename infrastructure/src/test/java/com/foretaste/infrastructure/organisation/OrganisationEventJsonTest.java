package com.foretaste.infrastructure.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.platform.organisation.OrganisationEvent;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorAssigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.AuditorUnassigned;
import com.foretaste.domain.platform.organisation.OrganisationEvent.OrganisationRegistered;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserDisabled;
import com.foretaste.domain.platform.organisation.OrganisationEvent.UserRegistered;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.json.ForetasteJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: the JSON of every event of an organisation's register is frozen in
 * {@code events/organisation/<EventName>.json}, and none has a member that could hold a credential.
 */
class OrganisationEventJsonTest {

    private static final ObjectMapper MAPPER = ForetasteJson.eventMapper();
    private static final OrganisationId BAOJI = OrganisationId.parse("0b5f0000-0000-4000-8000-000000000001");
    private static final OrganisationId FIRM = OrganisationId.parse("0b5f0000-0000-4000-8000-000000000002");

    private static final Map<Class<?>, OrganisationEvent> SAMPLES = Map.ofEntries(
            entry(OrganisationRegistered.class, new OrganisationRegistered(BAOJI, "Baoji University of Arts and Sciences",
                    Role.LICENSOR, "P83")),
            entry(UserRegistered.class, new UserRegistered(BAOJI, "registrar", "Li Wei", Role.LICENSOR)),
            entry(UserDisabled.class, new UserDisabled(BAOJI, "registrar", "left the university")),
            entry(AuditorAssigned.class, new AuditorAssigned(BAOJI, FIRM)),
            entry(AuditorUnassigned.class, new AuditorUnassigned(BAOJI, FIRM)));

    static Stream<Class<?>> eventTypes() {
        return Arrays.stream(OrganisationEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void an_event_is_written_as_its_frozen_json_with_no_credential(Class<?> type) throws IOException {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(sample(type)));

        assertThat(written).isEqualTo(frozen(type));
        assertThat(written.fieldNames()).toIterable().noneMatch(name -> name.toLowerCase().contains("password")
                || name.toLowerCase().contains("hash") || name.toLowerCase().contains("secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void a_frozen_json_reads_back_into_an_equal_event(Class<?> type) throws IOException {
        assertThat(MAPPER.treeToValue(frozen(type), type)).isEqualTo(sample(type));
    }

    private static OrganisationEvent sample(Class<?> type) {
        OrganisationEvent sample = SAMPLES.get(type);
        assertThat(sample).as("a sample of " + type.getSimpleName()).isNotNull();
        return sample;
    }

    private static JsonNode frozen(Class<?> type) throws IOException {
        try (InputStream in = OrganisationEventJsonTest.class.getResourceAsStream(
                "/events/organisation/" + type.getSimpleName() + ".json")) {
            assertThat(in).as("events/organisation/" + type.getSimpleName() + ".json").isNotNull();
            return MAPPER.readTree(in);
        }
    }
}

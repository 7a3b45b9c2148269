package com.foretaste.infrastructure.organisation;

import com.foretaste.infrastructure.ForetasteApplication;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceNodes;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Configuration seeds an empty platform through the register's own commands, once; a second start registers nothing. */
class DirectorySeedTest {

    @Test
    void the_first_start_seeds_the_directory_and_a_second_start_registers_nothing() {
        PostgresSchema schema = PostgresSchema.create();
        List<String> first;
        try (ConfigurableApplicationContext node = ServiceNodes.inProcess(schema)) {
            first = organisationEvents(node);
            assertThat(ServiceNodes.api(node, "qinling").get("/api/agreements").status()).isEqualTo(200);
        }
        // 7 organisations, 9 users (two of the insurer, two of the agency), the auditor's firm assigned to the
        // university, and the agency's configured net assets recorded on its register
        assertThat(first).hasSize(18);
        assertThat(first).filteredOn(type -> type.endsWith("AuditorAssigned")).hasSize(1);
        assertThat(first).filteredOn(type -> type.endsWith("NetAssetsRecorded")).hasSize(1);

        try (ConfigurableApplicationContext again = ServiceNodes.inProcess(schema)) {
            assertThat(organisationEvents(again)).isEqualTo(first);
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT meta_data FROM domain_event_entry WHERE type = ?", byte[].class,
                    OrganisationAggregate.AGGREGATE_TYPE)).allSatisfy(m -> assertThat(new String(m))
                    .contains("\"principal\":\"system\"").contains("\"correlationId\":\"directory-seed\""));
        }
    }

    @Test
    void a_seed_that_breaks_a_rule_of_the_register_stops_the_start_with_the_rule() {
        PostgresSchema schema = PostgresSchema.create();
        String[] args = Stream.concat(ServiceNodes.arguments(schema, 0).stream()
                .filter(arg -> !arg.startsWith("--foretaste.security.users[0].role=")),
                Stream.of("--foretaste.security.users[0].role=OPERATOR")).toArray(String[]::new);
        SpringApplicationBuilder app = new SpringApplicationBuilder(ForetasteApplication.class,
                TestClockConfiguration.class).profiles("postgres");

        assertThatThrownBy(() -> app.run(args)).rootCause()
                .hasMessageContaining("user 'university'").hasMessageContaining("cannot act as OPERATOR");
    }

    private static List<String> organisationEvents(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class).queryForList("SELECT payload_type FROM domain_event_entry"
                + " WHERE type = ? ORDER BY global_index", String.class, OrganisationAggregate.AGGREGATE_TYPE);
    }
}

package com.foretaste.infrastructure.startup;

import com.foretaste.infrastructure.ForetasteApplication;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import com.foretaste.infrastructure.support.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the embedded demo, the published demo password must not open the service. */
class DemoPasswordGuardTest {

    @Test
    void the_postgres_profile_refuses_to_start_with_a_demo_password() {
        PostgresSchema schema = PostgresSchema.create();
        SpringApplicationBuilder app = new SpringApplicationBuilder(ForetasteApplication.class, TestClockConfiguration.class)
                .profiles("postgres");

        assertThatThrownBy(() -> app.run(database(schema))).rootCause()
                .hasMessageContaining("still has the demo password");
    }

    @Test
    void the_postgres_profile_starts_once_every_user_has_its_own_password() {
        PostgresSchema schema = PostgresSchema.create();
        SpringApplicationBuilder app = new SpringApplicationBuilder(ForetasteApplication.class, TestClockConfiguration.class)
                .profiles("postgres");
        String[] args = Stream.concat(Stream.of(database(schema)), Stream.of(
                "--foretaste.security.users[0].username=registrar",
                "--foretaste.security.users[0].password={noop}a-long-deployment-secret",
                "--foretaste.security.users[0].organisation=6f1c2a4e-0001-4000-8000-000000000001",
                "--foretaste.security.users[0].role=LICENSOR")).toArray(String[]::new);
        try (var context = app.run(args)) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    /** Command-line arguments outrank application-postgres.yml, as a deployment's would. */
    private static String[] database(PostgresSchema schema) {
        return new String[] {"--server.port=0", "--spring.datasource.url=" + schema.url(),
                "--spring.datasource.username=" + PostgresSchema.USER,
                "--spring.flyway.schemas=" + schema.name()};
    }
}

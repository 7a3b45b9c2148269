package com.foretaste.infrastructure.startup;

import com.foretaste.infrastructure.ForetasteApplication;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.DemoApi;
import com.foretaste.infrastructure.support.Proposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default needs no set-up, creates its H2 file on first start and keeps it across restarts. */
class EmbeddedDefaultRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void data_recorded_before_a_restart_is_there_after_it() {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            DemoApi api = new DemoApi(first);
            Response proposed = api.as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
            assertThat(proposed.status()).isEqualTo(201);
            id = proposed.json().get("id").asText();
            assertThat(api.as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        }
        assertThat(Files.exists(dataDirectory.resolve("foretaste.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            DemoApi api = new DemoApi(second);
            Response read = api.as("university").get("/api/agreements/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("state").asText()).isEqualTo("TRIAL");
            assertThat(api.as("university").get("/api/agreements/" + id + "/events").json()).hasSize(2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ForetasteApplication.class, TestClockConfiguration.class).run("--server.port=0",
                "--foretaste.data-directory=" + dataDirectory);
    }
}

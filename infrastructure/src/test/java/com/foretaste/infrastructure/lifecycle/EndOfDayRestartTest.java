package com.foretaste.infrastructure.lifecycle;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.infrastructure.ForetasteApplication;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.TestUsers;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An end-of-day run for many agreements is cut short in the middle of a day (the service fails and
 * its context is closed); the restarted service resumes the run by itself, and every date-driven
 * event is recorded exactly once.
 */
class EndOfDayRestartTest {

    private static final int AGREEMENTS = 40;

    @Test
    void a_run_cut_short_resumes_after_a_restart_with_every_event_exactly_once() {
        PostgresSchema schema = PostgresSchema.create();
        List<String> ids = new ArrayList<>();
        LocalDate start;
        LocalDate trialEnd;
        try (ConfigurableApplicationContext first = start(schema, Map.of())) {
            Api university = api(first, "university");
            Api qinling = api(first, "qinling");
            for (int i = 0; i < AGREEMENTS; i++) {
                String id = university.post("/api/agreements", LifecycleTestBase.proposal(QINLING_ORG,
                        "\"decisionWindowDays\": 1,").replace("\"trialMonths\": 6", "\"trialMonths\": 1")).json().get("id").asText();
                assertThat(qinling.post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
                ids.add(id);
            }
            start = LocalDate.parse(api(first, "operator").get("/api/business-days/current").json().get("businessDate").asText());
            trialEnd = start.plusMonths(1);
        }
        long daysBeforeTrialEnd = ChronoUnit.DAYS.between(start, trialEnd) - 1;
        long crashAfter = daysBeforeTrialEnd * AGREEMENTS + AGREEMENTS / 2;
        LocalDate target = trialEnd.plusDays(2);

        try (ConfigurableApplicationContext crashing = start(schema, Map.of("test.crash-after-observations", crashAfter))) {
            Api.Response cutShort = api(crashing, "operator").post("/api/business-days/" + target + "/close", null);
            assertThat(cutShort.status()).isEqualTo(500);
            JdbcTemplate jdbc = crashing.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "TrialEnded")).as("the run stopped in the middle of the trial-end day")
                    .isEqualTo(AGREEMENTS / 2);
            assertThat(jdbc.queryForObject("SELECT closing_to FROM business_calendar", LocalDate.class)).isEqualTo(target);
        }

        try (ConfigurableApplicationContext restarted = start(schema, Map.of())) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "SELECT closing_to IS NULL FROM business_calendar", Boolean.class));
            assertThat(jdbc.queryForObject("SELECT business_date FROM business_calendar", LocalDate.class)).isEqualTo(target);
            for (String id : ids) {
                assertThat(count(jdbc, id, "TrialEnded")).as("trial end of " + id).isEqualTo(1);
                assertThat(count(jdbc, id, "AgreementLapsed")).as("lapse of " + id).isEqualTo(1);
            }
        }
    }

    private static long count(JdbcTemplate jdbc, String eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?", Long.class,
                "%$" + eventType);
    }

    private static long count(JdbcTemplate jdbc, String id, String eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE ?", Long.class, id, "%$" + eventType);
    }

    private static ConfigurableApplicationContext start(PostgresSchema schema, Map<String, Object> extra) {
        Stream<String> database = Stream.of("--server.port=0", "--spring.datasource.url=" + schema.url(),
                "--spring.datasource.username=" + PostgresSchema.USER, "--spring.flyway.schemas=" + schema.name());
        Stream<String> users = TestUsers.properties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue());
        Stream<String> more = extra.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue());
        SpringApplicationBuilder builder = extra.containsKey("test.crash-after-observations")
                ? new SpringApplicationBuilder(ForetasteApplication.class, TestClockConfiguration.class, CrashingRun.class)
                : new SpringApplicationBuilder(ForetasteApplication.class, TestClockConfiguration.class);
        return builder.profiles("postgres")
                .run(Stream.of(database, users, more).flatMap(s -> s).toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext context, String user) {
        return new Api("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort(), user,
                TestUsers.PASSWORD);
    }

    /** Makes every date-driven command after the first {@code limit} fail, as a dying service would. */
    static class CrashingRun {
        CrashingRun(CommandBus bus, @Value("${test.crash-after-observations}") int limit) {
            AtomicInteger observed = new AtomicInteger();
            bus.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof ExecuteAgreementCommand envelope
                        && envelope.command() instanceof ObserveBusinessDate
                        && observed.incrementAndGet() > limit) {
                    throw new IllegalStateException("simulated crash in the middle of the end-of-day run");
                }
                return chain.proceed();
            });
        }
    }
}

package com.foretaste.infrastructure.api;

import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceTestBase;
import com.foretaste.infrastructure.support.Proposals;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2xx means recorded exactly once, whatever crashes and retries happen; any other answer means
 * nothing was recorded (docs/adr/0005).
 */
@PostgresIntegrationTest
@Import(ExactlyOnceApiTest.CrashAfterTheCommand.class)
class ExactlyOnceApiTest extends ServiceTestBase {

    /**
     * A schema of its own: this context adds a filter, so it is not the one the other tests share,
     * and two live contexts on one schema would compete for the same read-model segment.
     */
    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
    }

    private static final String CRASH = "X-Test-Crash-After-Command";
    private static final String PAYMENT = "{\"reference\": \"ICBC-2026-0302-01\", \"amount\": {\"amount\": \"1000.00\"}}";

    @Test
    void one_payment_sent_with_one_key_from_twenty_threads_is_recorded_once_and_answered_alike() throws Exception {
        String id = licensedAgreement();
        Api university = as("university").withHeader("Idempotency-Key", "pay-" + id);
        long before = eventCount(id);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Response>> sends = IntStream.range(0, 20)
                    .<Callable<Response>>mapToObj(i -> () -> university.post("/api/agreements/" + id + "/payments", PAYMENT))
                    .toList();
            List<Response> answers = pool.invokeAll(sends).stream().map(ExactlyOnceApiTest::get).toList();

            assertThat(answers).extracting(Response::status).containsOnly(200);
            assertThat(answers).extracting(Response::json).containsOnly(answers.get(0).json());
        } finally {
            pool.shutdown();
        }
        assertThat(payments(id)).isEqualTo(1);
        assertThat(eventCount(id)).isEqualTo(before + 1);
    }

    @Test
    void a_crash_after_the_command_inside_the_request_records_nothing_and_its_retry_records_once() {
        String id = licensedAgreement();
        String key = "pay-" + UUID.randomUUID();
        long before = eventCount(id);

        Response crashed = as("university").withHeader("Idempotency-Key", key).withHeader(CRASH, "true")
                .post("/api/agreements/" + id + "/payments", PAYMENT);
        assertThat(crashed.status()).isEqualTo(500);
        assertThat(eventCount(id)).as("the command's events rolled back with the request").isEqualTo(before);
        assertThat(storedOutcomes(key)).isZero();

        Response retried = as("university").withHeader("Idempotency-Key", key).post("/api/agreements/" + id + "/payments", PAYMENT);
        Response repeated = as("university").withHeader("Idempotency-Key", key).post("/api/agreements/" + id + "/payments", PAYMENT);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json()).isEqualTo(retried.json());
        assertThat(payments(id)).isEqualTo(1);
    }

    @Test
    void a_committed_command_whose_stored_outcome_is_lost_is_not_run_again_and_is_answered_as_the_first() {
        String id = licensedAgreement();
        String key = "pay-" + UUID.randomUUID();
        Api university = as("university").withHeader("Idempotency-Key", key);
        Response first = university.post("/api/agreements/" + id + "/payments", PAYMENT);
        assertThat(as("university").post("/api/agreements/" + id + "/payments",
                "{\"reference\": \"ICBC-2026-0302-02\", \"amount\": {\"amount\": \"500.00\"}}").status()).isEqualTo(200);
        long after = eventCount(id);

        // as if the node had died between the command's commit and storing the answer for the key
        jdbc.update("DELETE FROM idempotency_record WHERE idempotency_key = ?", key);
        Response retried = university.post("/api/agreements/" + id + "/payments", PAYMENT);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json()).as("the agreement as the payment left it, not as it is now").isEqualTo(first.json());
        assertThat(eventCount(id)).isEqualTo(after);
        assertThat(payments(id)).isEqualTo(2);
    }

    private String licensedAgreement() {
        String id = as("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG)).json().get("id").asText();
        assertThat(as("qinling").post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        assertThat(as("qinling").post("/api/agreements/" + id + "/purchase", null).status()).isEqualTo(200);
        return id;
    }

    private long payments(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%$PaymentRecorded'", Long.class, id);
    }

    private long storedOutcomes(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", Long.class, key);
    }

    private static Response get(Future<Response> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure after the command ran and before the request ended: what a node dying there would leave. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CrashAfterTheCommand {
        @Bean
        FilterRegistrationBean<Filter> crashAfterTheCommand() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                chain.doFilter(request, response);
                if (((jakarta.servlet.http.HttpServletRequest) request).getHeader(CRASH) != null) {
                    throw new IllegalStateException("simulated crash after the command, before the answer");
                }
            });
            registration.addUrlPatterns("/api/*");
            registration.setOrder(Integer.MAX_VALUE);
            return registration;
        }
    }
}

package com.foretaste.infrastructure.insurance;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceTestBase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Insurance scenarios move the business date: a schema of their own. Dates are relative to the day they start on. */
abstract class InsuranceTestBase extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
    }


    static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 201);
        return r.json();
    }

    /** A licensed agreement of the university with {@code licensee}: 120,000.00 due a month after purchase, then 180,000.00. */
    String licensedAgreement(String licensee, String licenseeOrg) {
        String id = ok(as("university").post("/api/agreements", Proposals.harmonicDrives(licenseeOrg))).get("id").asText();
        ok(as(licensee).post("/api/agreements/" + id + "/acceptance", null));
        ok(as(licensee).post("/api/agreements/" + id + "/purchase", null));
        return id;
    }

    JsonNode policy(String id, String user) {
        return ok(as(user).get("/api/policies/" + id));
    }

    JsonNode awaitPolicy(String id, Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(30)).until(() -> condition.test(policy(id, "insurer")));
        return policy(id, "insurer");
    }

    static JsonNode onlyClaim(JsonNode policy) {
        assertThat(policy.get("claims")).hasSize(1);
        return policy.get("claims").get(0);
    }

    static String amount(JsonNode money) {
        return money.get("amount").asText();
    }

    static long count(JsonNode array, Predicate<JsonNode> test) {
        return StreamSupport.stream(array.spliterator(), false).filter(test).count();
    }
}

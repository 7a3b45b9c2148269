package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceTestBase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios that move the business date, on a schema of their own so that other tests keep theirs.
 * Dates are taken relative to the business date a scenario starts on.
 */
abstract class LifecycleTestBase extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
    }

    JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 201);
        return r.json();
    }

    String state(String id) {
        return as("university").get("/api/agreements/" + id).json().get("state").asText();
    }

    JsonNode schedule(String id) {
        return ok(as("university").get("/api/agreements/" + id + "/schedule"));
    }

    static JsonNode line(JsonNode schedule, int number) {
        return StreamSupport.stream(schedule.get("amounts").spliterator(), false)
                .filter(l -> l.get("number").asInt() == number).findFirst().orElseThrow();
    }

    static String amount(JsonNode money) {
        return money.get("amount").asText();
    }

    /** A six-month trial, then 300,000.00 over twelve months: 120,000.00 a month after purchase, 180,000.00 on first revenue. */
    static String proposal(String licensee, String extraTerms) {
        return Proposals.harmonicDrives(licensee, extraTerms);
    }
}

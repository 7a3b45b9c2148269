package com.foretaste.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

/** The operator's side of the end of day, over the API: the business date, and closing days up to a date. */
final class BusinessDays {

    /** A run as the service reported it when it ended, and how long until the service was quiet again. */
    record Closed(JsonNode run, Duration untilQuiet) {
    }

    private final Service service;

    BusinessDays(Service service) {
        this.service = service;
    }

    LocalDate today() {
        return LocalDate.parse(service.as("operator").get("/api/business-days/current").get("businessDate").asText());
    }

    /**
     * Starts a run to {@code target} and waits until it ended, its digest was taken and the read
     * models caught up, so that the next step starts on a quiet service.
     */
    Closed close(LocalDate target) {
        long start = System.nanoTime();
        Http.Answer started = service.as("operator").post("/api/business-days/" + target + "/close", null);
        String path = URI.create(started.location()).getPath();
        JsonNode run = service.as("operator").get(path);
        while ("RUNNING".equals(run.get("state").asText())) {
            Service.pause(20);
            run = service.as("operator").get(path);
        }
        service.awaitQuiet();
        return new Closed(run, Duration.ofNanos(System.nanoTime() - start));
    }
}

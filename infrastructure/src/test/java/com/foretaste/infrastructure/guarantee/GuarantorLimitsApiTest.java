package com.foretaste.infrastructure.guarantee;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.ApproveGuarantee;
import com.foretaste.infrastructure.support.Api.Response;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceTestBase;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.foretaste.infrastructure.support.TestUsers.AGENCY_ORG;
import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static com.foretaste.infrastructure.support.TestUsers.WEIHE_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The regulatory limits on the write side (docs/domain/guarantees.md, "Regulatory limits"): the operator records a
 * guarantor's net assets on its register (an audited event; the limits and the exposure use the latest figure);
 * two approvals that each fit the limits alone but not together, sent at the same moment, are checked one after the
 * other, so exactly one is approved and the other refused with the figures; and an obligor's related parties count
 * towards its group's limit of 15%. Net assets of 2,000,000.00: 200,000.00 to one obligor, 300,000.00 to its group.
 */
@PostgresIntegrationTest
@Import(GuarantorLimitsApiTest.HeldApprovals.class)
class GuarantorLimitsApiTest extends ServiceTestBase {

    private static final PostgresSchema OWN_SCHEMA = PostgresSchema.create();
    private static final String REQUEST = """
            {"agreementId": "%s", "guarantor": "%s", "cap": {"amount": "%s"}, "coverageRatio": "0.7",
             "annualFeeRate": "0.02"}
            """;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, OWN_SCHEMA);
    }

    @Test
    void two_approvals_that_fit_alone_but_not_together_sent_at_once_approve_one_and_refuse_the_other_with_the_figures()
            throws Exception {
        NewOrganisation guarantor = guarantorWithNetAssets("2000000.00");
        String first = request(licensedAgreement(QINLING_ORG), guarantor.id(), "150000.00");
        String second = request(licensedAgreement(QINLING_ORG), guarantor.id(), "150000.00");
        HeldApprovals.hold(first, second);

        List<Response> answers;
        ExecutorService twoClients = Executors.newFixedThreadPool(2);
        try {
            Future<Response> one = twoClients.submit(() -> guarantor.api().post("/api/guarantees/" + first + "/approval", null));
            Future<Response> other = twoClients.submit(() -> guarantor.api().post("/api/guarantees/" + second + "/approval", null));
            answers = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));
        } finally {
            twoClients.shutdownNow();
        }

        assertThat(answers).filteredOn(r -> r.status() / 100 == 2).as(answers.toString()).hasSize(1);
        Response refused = answers.stream().filter(r -> r.status() / 100 != 2).findFirst().orElseThrow();
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("single-obligor-limit");
        assertThat(refused.json().get("detail").asText()).contains("CNY 300000.00 (CNY 150000.00 outstanding",
                "above the limit of CNY 200000.00 (10% of net assets of CNY 2000000.00) by CNY 100000.00");
        // the book the next approval reads holds the approved guarantee and nothing else, and so does the read model
        assertThat(book(guarantor.id(), "guarantee_liability")).isEqualByComparingTo("150000.00");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                book(guarantor.id(), "guarantee_summary").compareTo(new BigDecimal("150000.00")) == 0);
    }

    @Test
    void net_assets_recorded_by_the_operator_are_an_audited_event_and_the_limits_use_the_latest_figure() {
        NewOrganisation guarantor = guarantorWithNetAssets("2000000.00");
        String netAssets = "/api/organisations/" + guarantor.id() + "/net-assets";
        JsonNode later = ok(as("operator").post(netAssets, """
                {"netAssets": {"amount": "3000000.00", "currency": "CNY"}, "asOf": "2026-06-30",
                 "servesMainlySmallAndMicro": true}
                """));
        assertThat(later.get("netAssets").get("amount").get("amount").asText()).isEqualTo("3000000.00");

        JsonNode trail = ok(as("operator").get("/api/audit/organisations/" + guarantor.id() + "?version="
                + later.get("version").asLong()));
        assertThat(trail.get("events")).extracting(e -> e.get("type").asText())
                .containsSubsequence("NetAssetsRecorded", "NetAssetsRecorded");
        JsonNode limits = ok(guarantor.api().get("/api/guarantors/" + guarantor.id() + "/exposure")).get("limits");
        assertThat(limits.get("netAssets").get("amount").asText()).isEqualTo("3000000.00");
        assertThat(limits.get("netAssetsAsOf").asText()).isEqualTo("2026-06-30");
        assertThat(limits.get("leverageLimit").get("amount").asText()).isEqualTo("45000000.00");
        // 210,000.00 (70% of 300,000.00) to one obligor passes 10% of the latest 3,000,000.00, not of 2,000,000.00
        String guarantee = request(licensedAgreement(QINLING_ORG), guarantor.id(), "250000.00");
        assertThat(ok(guarantor.api().post("/api/guarantees/" + guarantee + "/approval", null)).get("state").asText())
                .isEqualTo("APPROVED");

        Response earlier = as("operator").post(netAssets, "{\"netAssets\": {\"amount\": \"1.00\"}, \"asOf\": \"2026-01-01\"}");
        assertThat(earlier.json().get("rule").asText()).as(earlier.text()).isEqualTo("net-assets-in-order");
        Response licensee = as("operator").post("/api/organisations/" + QINLING_ORG + "/net-assets",
                "{\"netAssets\": {\"amount\": \"1.00\"}, \"asOf\": \"2026-01-01\"}");
        assertThat(licensee.json().get("rule").asText()).isEqualTo("net-assets-of-guarantor");
        assertThat(guarantor.api().post(netAssets, "{\"netAssets\": {\"amount\": \"9.00\"}, \"asOf\": \"2026-12-31\"}")
                .status()).isEqualTo(403);
        // the configured figure seeded the agency's register at the first start
        JsonNode agency = ok(as("operator").get("/api/organisations/" + AGENCY_ORG));
        assertThat(agency.get("netAssets").get("amount").get("amount").asText()).isEqualTo("200000000.00");
    }

    @Test
    void liability_to_a_related_party_counts_towards_the_obligors_group_limit_of_fifteen_percent() {
        NewOrganisation guarantor = guarantorWithNetAssets("2000000.00");
        String toWeihe = request(licensedAgreement(WEIHE_ORG), guarantor.id(), "150000.00");
        ok(guarantor.api().post("/api/guarantees/" + toWeihe + "/approval", null));
        String toQinling = request(licensedAgreement(QINLING_ORG), guarantor.id(), "160000.00");

        String related = "/api/organisations/" + QINLING_ORG + "/related-parties";
        Response unknown = as("operator").post(related, "{\"relatedParty\": \"" + UUID.randomUUID()
                + "\", \"relation\": \"parent\"}");
        assertThat(unknown.json().get("rule").asText()).as(unknown.text()).isEqualTo("related-party-registered");
        JsonNode registered = ok(as("operator").post(related, "{\"relatedParty\": \"" + WEIHE_ORG
                + "\", \"relation\": \"under common control\"}"));
        assertThat(registered.get("relatedParties").get(0).get("relation").asText()).isEqualTo("under common control");

        // alone 160,000.00 is within 10% (200,000.00); with Weihe's 150,000.00 the group passes 15% (300,000.00)
        Response refused = guarantor.api().post("/api/guarantees/" + toQinling + "/approval", null);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("rule").asText()).isEqualTo("obligor-group-limit");
        assertThat(refused.json().get("detail").asText()).contains("would be CNY 310000.00 (CNY 150000.00 outstanding",
                "above the limit of CNY 300000.00 (15% of net assets of CNY 2000000.00) by CNY 10000.00");

        // the dashboard shows the group's use: Weihe's 150,000.00 (Qinling's was refused) of 300,000.00
        String exposure = "/api/guarantors/" + guarantor.id() + "/exposure";
        await().atMost(Duration.ofSeconds(30)).until(() -> ok(guarantor.api().get(exposure)).get("limits")
                .path("largestGroupLiability").path("amount").asText().equals("150000.00"));
        JsonNode limits = ok(guarantor.api().get(exposure)).get("limits");
        assertThat(limits.get("obligorGroupLimit").get("amount").asText()).isEqualTo("300000.00");
        assertThat(limits.get("obligorGroupUse").asText()).isEqualTo("0.500000");
    }

    /** A guarantor of its own, with one user and net assets recorded by the operator as of 2025-12-31. */
    private NewOrganisation guarantorWithNetAssets(String amount) {
        NewOrganisation guarantor = newOrganisation("Baoji Credit Guarantee", "GUARANTOR", "Zhao Lei");
        Response recorded = as("operator").post("/api/organisations/" + guarantor.id() + "/net-assets",
                "{\"netAssets\": {\"amount\": \"" + amount + "\"}, \"asOf\": \"2025-12-31\"}");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        return guarantor;
    }

    /** A licensed agreement of the university with the licensee: 300,000.00 outstanding. */
    private String licensedAgreement(String licensee) {
        String licenseeUser = licensee.equals(QINLING_ORG) ? "qinling" : "weihe";
        String id = ok(as("university").post("/api/agreements", Proposals.harmonicDrives(licensee))).get("id").asText();
        ok(as(licenseeUser).post("/api/agreements/" + id + "/acceptance", null));
        ok(as(licenseeUser).post("/api/agreements/" + id + "/purchase", null));
        return id;
    }

    /** A guarantee requested by the licensor, its exposure min(cap, 70% x 300,000.00). */
    private String request(String agreement, String guarantor, String cap) {
        return ok(as("university").post("/api/guarantees", REQUEST.formatted(agreement, guarantor, cap))).get("id").asText();
    }

    private BigDecimal book(String guarantor, String table) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(liability), 0) FROM " + table + " WHERE guarantor_id = ?",
                BigDecimal.class, UUID.fromString(guarantor));
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 201);
        return r.json();
    }

    /**
     * Makes two approvals overlap for certain: both start together, and the first to have decided waits (up to
     * three seconds) for the other to decide too before its transaction commits. Without a lock per guarantor both
     * decide on a book without the other and both commit; with it the second waits for the first to commit.
     */
    @TestConfiguration
    static class HeldApprovals {
        private static final Set<String> HELD = ConcurrentHashMap.newKeySet();
        private static volatile CyclicBarrier start;
        private static volatile CountDownLatch decided;

        HeldApprovals(CommandBus bus) {
            bus.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (!(unitOfWork.getMessage().getPayload() instanceof ExecuteGuaranteeCommand envelope
                        && envelope.command() instanceof ApproveGuarantee && HELD.contains(envelope.guaranteeId()))) {
                    return chain.proceed();
                }
                start.await(30, TimeUnit.SECONDS);
                try {
                    return chain.proceed();
                } finally {
                    decided.countDown();
                    decided.await(3, TimeUnit.SECONDS);
                }
            });
        }

        static void hold(String... guarantees) {
            start = new CyclicBarrier(guarantees.length);
            decided = new CountDownLatch(guarantees.length);
            HELD.addAll(List.of(guarantees));
        }
    }
}

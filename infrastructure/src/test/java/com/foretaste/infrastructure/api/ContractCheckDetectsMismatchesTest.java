package com.foretaste.infrastructure.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.foretaste.infrastructure.support.OpenApiContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract check of the API tests refuses each way the document and the wire used to differ: an
 * answer that is right passes, the same answer with any one of those differences fails.
 */
class ContractCheckDetectsMismatchesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGREEMENT = "/api/agreements/2b0f4a8e-5c1d-4e37-9a51-7d2c3b9e8f10";
    private static OpenApiInteractionValidator validator;

    @BeforeAll
    static void document() throws IOException {
        validator = OpenApiContract.validator(Files.readString(OpenApiDocumentTest.CHECKED_IN));
    }

    @Test
    void an_agreement_as_served_passes() {
        assertThat(check(AGREEMENT, agreement(a -> { })).hasErrors()).isFalse();
    }

    @Test
    void a_currency_written_as_an_object_fails() {
        assertFails(AGREEMENT, agreement(a -> ((ObjectNode) a.at("/terms/trialFee")).putObject("currency")
                .put("currencyCode", "CNY").put("defaultFractionDigits", 2)));
    }

    @Test
    void a_rate_written_as_value_and_zero_fails() {
        assertFails(AGREEMENT, agreement(a -> ((ObjectNode) a.at("/terms")).putObject("lateInterestDailyRate")
                .put("value", 0.0005).put("zero", false)));
    }

    @Test
    void an_id_written_as_an_object_fails() {
        assertFails(AGREEMENT, agreement(a -> ((ObjectNode) a.at("/licensor")).putObject("id")
                .put("value", "6f1c2a4e-0001-4000-8000-000000000001")));
    }

    @Test
    void an_equity_swap_with_agreed_for_agreed_on_fails() {
        assertFails(AGREEMENT, agreement(a -> ((ObjectNode) a.at("/licence/equitySwaps/0")).put("agreed", true)));
    }

    @Test
    void a_due_rule_without_its_kind_fails() {
        assertFails(AGREEMENT, agreement(a -> ((ObjectNode) a.at("/terms/price/instalments/0/due")).remove("kind")));
    }

    @Test
    void a_summary_naming_agreement_id_and_status_fails() {
        ArrayNode rows = (ArrayNode) example("agreements");
        assertThat(check("/api/agreements", rows).hasErrors()).isFalse();
        ObjectNode row = (ObjectNode) rows.get(0);
        row.set("agreementId", row.remove("id"));
        row.set("status", row.remove("state"));
        assertFails("/api/agreements", rows);
    }

    private static JsonNode agreement(Consumer<JsonNode> change) {
        JsonNode agreement = example("agreement-swap-agreed");
        change.accept(agreement);
        return agreement;
    }

    private static void assertFails(String path, JsonNode body) {
        ValidationReport report = check(path, body);
        assertThat(report.hasErrors()).as(body.toString()).isTrue();
    }

    private static ValidationReport check(String path, JsonNode body) {
        return validator.validateResponse(path, Request.Method.GET, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody(body.toString()).build());
    }

    private static JsonNode example(String name) {
        try (InputStream in = ContractCheckDetectsMismatchesTest.class.getClassLoader()
                .getResourceAsStream("openapi/examples/" + name + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.foretaste.infrastructure.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.foretaste.infrastructure.support.OpenApiContract;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresTestBase;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document is the one kept in docs/openapi.json (from which the build generates the
 * client of {@code ClientRoundTripTest}); every operation has a summary and examples, and every example
 * is an exchange the document accepts.
 */
@PostgresIntegrationTest
class OpenApiDocumentTest extends PostgresTestBase {

    static final Path CHECKED_IN = Path.of("..", "docs", "openapi.json");
    /** {@code ./mvnw verify -Dforetaste.openapi.write=true} writes the served document to docs/openapi.json. */
    private static final String WRITE = "foretaste.openapi.write";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void docs_openapi_json_is_the_served_document() throws IOException {
        JsonNode served = JSON.readTree(document());
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(CHECKED_IN, JSON.writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(served) + "\n");
        }
        assertThat(JSON.readTree(Files.readString(CHECKED_IN)))
                .as("docs/openapi.json is not the served document: run ./mvnw verify -D" + WRITE + "=true and commit it")
                .isEqualTo(served);
    }

    @Test
    void the_proposal_of_the_readme_is_the_example_of_the_document() throws IOException {
        JsonNode readme = JSON.readTree(Files.readString(Path.of("..", "docs", "examples", "proposal.json")));
        assertThat(JSON.readTree(Files.readString(CHECKED_IN)).at("/components/examples/proposal/value")).isEqualTo(readme);
    }

    @Test
    void every_operation_has_a_summary_and_examples_that_are_exchanges_the_document_accepts() {
        String document = document();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        OpenApiInteractionValidator validator = OpenApiContract.validator(document);
        List<String> problems = new ArrayList<>();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                problems.addAll(checkExamples(api, validator, method, concrete(template, operation), operation))));
        assertThat(problems).isEmpty();
        assertThat(api.getPaths()).hasSizeGreaterThan(25);
    }

    private static List<String> checkExamples(OpenAPI api, OpenApiInteractionValidator validator,
                                              PathItem.HttpMethod method, String path, Operation operation) {
        String name = method + " " + path + " (" + operation.getOperationId() + ")";
        List<String> problems = new ArrayList<>();
        if (operation.getSummary() == null) {
            problems.add(name + ": no summary");
        }
        if (operation.getRequestBody() != null) {
            Map<String, Example> examples = examples(api, operation.getRequestBody().getContent().get("application/json"));
            if (examples.isEmpty()) {
                problems.add(name + ": no example of the request");
            }
            examples.forEach((example, value) -> report(problems, name + " request " + example, validator.validateRequest(
                    request(method, path).withContentType("application/json").withBody(json(value)).build())));
        }
        operation.getResponses().forEach((status, response) -> {
            String answer = name + " " + status;
            if (response.get$ref() != null) {
                response = api.getComponents().getResponses().get(response.get$ref().replaceFirst(".*/", ""));
            }
            response.getContent().forEach((type, media) -> {
                Map<String, Example> examples = examples(api, media);
                if (examples.isEmpty() && !"binary".equals(media.getSchema().getFormat())) {
                    problems.add(answer + ": no example");
                }
                examples.forEach((example, value) -> report(problems, answer + " " + example, validator.validateResponse(path,
                        Request.Method.valueOf(method.name()), SimpleResponse.Builder
                                .status(Integer.parseInt(status)).withContentType(type).withBody(json(value)).build())));
            });
        });
        return problems;
    }

    private static SimpleRequest.Builder request(PathItem.HttpMethod method, String path) {
        return new SimpleRequest.Builder(method.name(), path).withAuthorization("Basic dW5pdmVyc2l0eTp0ZXN0");
    }

    private static Map<String, Example> examples(OpenAPI api, MediaType media) {
        Map<String, Example> resolved = new LinkedHashMap<>();
        if (media != null && media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> resolved.put(name, example.get$ref() == null ? example
                    : api.getComponents().getExamples().get(example.get$ref().replaceFirst(".*/", ""))));
        }
        if (media != null && media.getExample() != null) {
            resolved.put("example", new Example().value(media.getExample()));
        }
        return resolved;
    }

    /** The path with a value of the right type for each path parameter. */
    private static String concrete(String template, Operation operation) {
        String path = template;
        for (Parameter p : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if ("path".equals(p.getIn())) {
                String format = p.getSchema().getFormat();
                String value = "uuid".equals(format) ? "2b0f4a8e-5c1d-4e37-9a51-7d2c3b9e8f10"
                        : "date".equals(format) ? "2026-03-02" : "integer".equals(p.getSchema().getType()) ? "1" : "swap-1";
                path = path.replace("{" + p.getName() + "}", value);
            }
        }
        return path;
    }

    private static void report(List<String> problems, String what, ValidationReport report) {
        if (report.hasErrors()) {
            problems.add(what + ": " + OpenApiContract.report(report));
        }
    }

    private static String json(Example example) {
        try {
            return Json.mapper().writeValueAsString(example.getValue());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String document() {
        return anonymous().get("/v3/api-docs").text();
    }
}

package com.foretaste.infrastructure.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Each operation's summary, success status (201, 202 where the controller answers so), media type when
 * not JSON, and examples of its request and answer, from {@code openapi/operations.json}; the example
 * values are the files of {@code openapi/examples/}. Kept out of the controllers so that they stay thin;
 * a test checks that every operation has its entry and that every example matches its schema.
 */
final class OperationDocs implements OpenApiCustomizer {

    private static final String EXAMPLES = "openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode operations;

    OperationDocs() {
        this.operations = read("openapi/operations.json");
    }

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> document(api, operation)));
    }

    /** The value of {@code openapi/examples/<name>.json}. */
    static JsonNode example(String name) {
        return read(EXAMPLES + name + ".json");
    }

    private void document(OpenAPI api, Operation operation) {
        JsonNode doc = operations.get(operation.getOperationId());
        if (doc == null) {
            return;
        }
        operation.summary(doc.path("summary").asText(null));
        String status = doc.path("status").asText("200");
        ApiResponse success = success(operation.getResponses(), status);
        if (doc.has("mediaType")) {
            success.content(new Content().addMediaType(doc.get("mediaType").asText(),
                    new MediaType().schema(new StringSchema().format("binary"))));
        }
        if (status.equals("201") || status.equals("202")) {
            success.addHeaderObject("Location", new Header().description("Where the resource created can be read.")
                    .schema(new StringSchema()));
        }
        if (doc.has("request")) {
            exampleOf(api, operation.getRequestBody().getContent(), doc.get("request").asText());
        }
        if (doc.has("response")) {
            exampleOf(api, success.getContent(), doc.get("response").asText());
        }
        doc.path("problems").forEach(extra -> operation.getResponses()
                .addApiResponse(extra.asText(), ApiConventions.problemResponse(extra.asText())));
    }

    /** The answer of success, moved to {@code status} where the controller answers other than 200. */
    private static ApiResponse success(ApiResponses responses, String status) {
        if (!status.equals("200") && responses.containsKey("200")) {
            responses.addApiResponse(status, responses.remove("200").description(description(status)));
        }
        return responses.get(status);
    }

    private static String description(String status) {
        return switch (status) {
            case "201" -> "Created";
            case "202" -> "Accepted";
            default -> "OK";
        };
    }

    private static void exampleOf(OpenAPI api, Content content, String name) {
        api.getComponents().addExamples(name, new Example().value(example(name)));
        content.values().forEach(media -> media.addExamples(name, new Example().$ref("#/components/examples/" + name)));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OperationDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

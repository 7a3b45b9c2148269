package com.foretaste.infrastructure.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of the API shares (docs/api.md, "Headers" and "Errors"): the RFC 9457 problem
 * document of each refusal, the {@code Idempotency-Key} and {@code X-Correlation-Id} headers of writes, and
 * tags named after the controllers' resources ("agreement", "licence", ...).
 */
final class ApiConventions implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String RESPONSES = "#/components/responses/";
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "The request is malformed or breaks a rule: `field` or `header` and `rule` say which.");
        PROBLEMS.put("401", "No valid HTTP Basic credentials.");
        PROBLEMS.put("403", "The caller's role or organisation may not make this request.");
        PROBLEMS.put("404", "Nothing at this address is visible to the caller's organisation.");
        PROBLEMS.put("409", "Not allowed in the current state (`state`, `rule`), a concurrent change, a running"
                + " end of day (`run`) or an aggregate held by one (`failure`).");
        PROBLEMS.put("406", "The Accept header asks for something other than JSON; nothing ran.");
        PROBLEMS.put("413", "The request body is over the platform's limit (1 MiB); nothing was read.");
        PROBLEMS.put("415", "The body is not application/json.");
        PROBLEMS.put("422", "The Idempotency-Key was already used for a different request.");
        PROBLEMS.put("500", "An unforeseen failure; `incident` identifies it in the service's log.");
        PROBLEMS.put("503", "The request could not be recorded and changed nothing; repeat it.");
    }

    private static final List<String> EVERY_OPERATION = List.of("400", "401", "403", "404", "500");
    private static final List<String> WRITES = List.of("406", "409", "413", "415", "422", "503");

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents();
        components.addSchemas("Problem", problem());
        PROBLEMS.forEach((status, description) -> components.addResponses(responseName(status), new ApiResponse()
                .description(description).content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref(WireSchemas.REF + "Problem"))
                        .example(OperationDocs.example("problem-" + status))))));
        components.addParameters("IdempotencyKey", header("Idempotency-Key", "^[\\x21-\\x7E]{1,255}$",
                "Makes the write idempotent for the calling user: a repeat returns the first outcome and records nothing new."));
        components.addParameters("CorrelationId", header("X-Correlation-Id", "^[A-Za-z0-9._:-]{1,128}$",
                "Carried into the metadata of every event the request causes; a malformed one is refused with 400."));
        components.addHeaders("IdempotentReplayed", new Header().schema(new StringSchema()._enum(List.of("true")))
                .description("Present on a repeat answered from the first outcome of its Idempotency-Key."));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                conventions(method, operation)));
    }

    static String responseName(String status) {
        return "Problem" + status;
    }

    static ApiResponse problemResponse(String status) {
        return new ApiResponse().$ref(RESPONSES + responseName(status));
    }

    private static void conventions(PathItem.HttpMethod method, Operation operation) {
        boolean write = method == PathItem.HttpMethod.POST;
        if (operation.getTags() != null) {
            operation.setTags(operation.getTags().stream().map(tag -> tag.replaceFirst("-controller$", "")).toList());
        }
        EVERY_OPERATION.forEach(status -> operation.getResponses().addApiResponse(status, problemResponse(status)));
        if (write) {
            WRITES.forEach(status -> operation.getResponses().addApiResponse(status, problemResponse(status)));
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/IdempotencyKey"));
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/CorrelationId"));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject("Idempotent-Replayed", new Header().$ref("#/components/headers/IdempotentReplayed"));
                }
            });
        }
    }

    private static Parameter header(String name, String pattern, String description) {
        return new HeaderParameter().name(name).required(false).description(description)
                .schema(new StringSchema().pattern(pattern));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem document; `type` names the category (catalogue in docs/api.md).")
                .addProperty("type", new StringSchema().example("urn:foretaste:problem:invalid-input"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().description("The path of the request refused."))
                .addProperty("rule", new StringSchema().description("The rule broken, e.g. trial-length-limit."))
                .addProperty("field", new StringSchema().description("The request field at fault, e.g. terms.trialMonths."))
                .addProperty("header", new StringSchema().description("The request header at fault."))
                .addProperty("state", new StringSchema().description("The state of the aggregate, e.g. TRIAL."))
                .addProperty("run", new StringSchema().description("The end-of-day run going on, as a path."))
                .addProperty("failure", new StringSchema()
                        .description("The id of the end-of-day failure that holds the aggregate."))
                .addProperty("incident", new StringSchema().description("Identifies an unforeseen failure in the log."))
                .addProperty("firstBroken", new Schema<>().$ref(WireSchemas.REF + "BrokenLink"))
                .required(List.of("type", "title", "status", "detail"));
    }
}

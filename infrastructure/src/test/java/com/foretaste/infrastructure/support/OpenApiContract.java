package com.foretaste.infrastructure.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks one exchange of the API tests against the OpenAPI document the service under test serves at
 * {@code /v3/api-docs} (Atlassian's swagger-request-validator; an object with a member the document does
 * not declare is a mismatch too). Every answer is checked. A request is checked when the service accepted
 * it (2xx): the tests send invalid requests on purpose, and refusing those is the service's job, but a
 * request the service accepts must be one the document describes.
 */
public final class OpenApiContract {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    /** Fails the test with the mismatches, if the exchange does not match the document of the service at {@code base}. */
    public static void check(String base, HttpRequest sent, byte[] body, HttpResponse<byte[]> answer) {
        String path = sent.uri().getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, OpenApiContract::validatorFor);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode()).withBody(answer.body());
        answer.headers().map().forEach(response::withHeader);
        ValidationReport report = check(validator, request(sent, body), response.build());
        if (report.hasErrors()) {
            throw new AssertionError("The exchange does not match the served OpenAPI document: " + sent.method() + " "
                    + sent.uri() + " -> " + answer.statusCode() + "\n" + report(report)
                    + "\nrequest: " + (body == null ? "" : new String(body, StandardCharsets.UTF_8))
                    + "\nanswer: " + new String(answer.body(), StandardCharsets.UTF_8));
        }
    }

    /** The answer always; the request when it was accepted (2xx). */
    public static ValidationReport check(OpenApiInteractionValidator validator, Request request, Response response) {
        ValidationReport report = validator.validateResponse(request.getPath(), request.getMethod(), response);
        return response.getStatus() / 100 == 2 ? report.merge(validator.validateRequest(request)) : report;
    }

    /** A validator of exchanges against an OpenAPI document given as JSON. */
    public static OpenApiInteractionValidator validator(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    public static String report(ValidationReport report) {
        return SimpleValidationReportFormat.getInstance().apply(report);
    }

    private static Request request(HttpRequest sent, byte[] body) {
        URI uri = sent.uri();
        SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), uri.getRawPath());
        sent.headers().map().forEach(request::withHeader);
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
            }
        }
        return request.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static OpenApiInteractionValidator validatorFor(String base) {
        try {
            HttpResponse<String> document = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new AssertionError("no OpenAPI document at " + base + ": " + document.statusCode());
            }
            return validator(document.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

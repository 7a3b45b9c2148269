package com.foretaste.infrastructure.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A caller of the API over real HTTP, as one user, with optional extra headers. Every exchange is checked
 * against the service's OpenAPI document ({@link OpenApiContract}), so each API test is a contract test too.
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String authorization;
    private final Map<String, String> headers;
    private final Duration timeout;

    public Api(String base, String username, String password) {
        this(base, username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), Map.of(), null);
    }

    private Api(String base, String authorization, Map<String, String> headers, Duration timeout) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
        this.timeout = timeout;
    }

    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, more, timeout);
    }

    /** The same caller, giving up on an answer after {@code limit} (the call then throws, caused by an HttpTimeoutException). */
    public Api withTimeout(Duration limit) {
        return new Api(base, authorization, headers, limit);
    }

    public Response get(String path) {
        return send(builder(path).GET(), null);
    }

    public Response post(String path, String json) {
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        return send(builder(path).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)), body);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (timeout != null) {
            b.timeout(timeout);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headers.forEach(b::header);
        return b;
    }

    private Response send(HttpRequest.Builder builder, byte[] body) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            OpenApiContract.check(base, request, body, r);
            String text = new String(r.body(), StandardCharsets.UTF_8);
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Location").orElse(null), text,
                    text.isBlank() || !r.headers().firstValue("Content-Type").orElse("").contains("json")
                            ? null : JSON.readTree(text), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String text, JsonNode json,
                           HttpHeaders headers) {

        /** The first value of a header of the answer, if it has one. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }
}

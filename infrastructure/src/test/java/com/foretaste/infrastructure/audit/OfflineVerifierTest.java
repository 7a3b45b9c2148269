package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static com.foretaste.infrastructure.support.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exported evidence is checked by the verifier in a process of its own, with no database and no
 * server: an untouched archive passes, every tampered variant fails.
 */
@PostgresIntegrationTest
class OfflineVerifierTest extends AuditTestBase {

    @TempDir
    Path dir;

    @Test
    void an_untouched_export_verifies_offline_and_every_tampered_variant_fails() throws Exception {
        String id = agreementInTrial();
        JsonNode digest = takeDigest();
        Map<String, byte[]> archive = unzip(download(id));
        String root = digest.get("root").asText();

        assertThat(verify(archive, root).exitCode()).as("untouched").isZero();
        assertThat(verify(archive, root).output()).startsWith("VERIFIED");

        assertFails(archive, root, "a payload changed", events(archive, lines -> lines.replace(
                payloadOf(lines, 1), Base64.getEncoder().encodeToString(mutated(Base64.getDecoder().decode(payloadOf(lines, 1)))))));
        assertFails(archive, root, "an event removed", events(archive, lines -> lines.substring(0, lines.indexOf('\n') + 1)));
        assertFails(archive, root, "events swapped", events(archive, lines -> lines.replace("\"sequence\":1", "\"sequence\":9")
                .replace("\"sequence\":0", "\"sequence\":1").replace("\"sequence\":9", "\"sequence\":0")));
        assertFails(archive, root, "metadata changed", events(archive, lines -> {
            String first = lines.substring(0, lines.indexOf('\n'));
            String metadata = first.replaceAll(".*\"metadata\":\"([^\"]+)\".*", "$1");
            String forged = Base64.getEncoder().encodeToString(new String(Base64.getDecoder().decode(metadata),
                    StandardCharsets.UTF_8).replace("university", "impostor").getBytes(StandardCharsets.UTF_8));
            return lines.replace(metadata, forged);
        }));
        assertThat(verify(archive, "00".repeat(32)).exitCode()).as("a root other than the one kept").isEqualTo(1);
    }

    @Test
    void evidence_tied_to_an_earlier_digest_verifies_against_the_root_kept_then() throws Exception {
        String id = agreementInTrial();
        JsonNode kept = takeDigest();
        as("university").post("/api/agreements/" + id + "/trial-extensions",
                "{\"additionalMonths\": 1, \"licenseeRequest\": \"one more month\"}");
        takeDigest();

        Map<String, byte[]> archive = unzip(download(id, "?digestId=" + kept.get("id").asLong()));
        Run run = verify(archive, kept.get("root").asText());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(verify(unzip(download(id, "")), kept.get("root").asText()).exitCode())
                .as("the latest digest has another root").isEqualTo(1);
    }

    private void assertFails(Map<String, byte[]> original, String root, String what, Map<String, byte[]> tampered)
            throws Exception {
        assertThat(tampered).isNotEqualTo(original);
        Run run = verify(tampered, root);
        assertThat(run.exitCode()).as(what + ": " + run.output()).isEqualTo(1);
        assertThat(run.output()).as(what).startsWith("FAILED");
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs the verifier as a separate JVM on the test's class path. */
    private Run verify(Map<String, byte[]> archive, String root) throws Exception {
        Path file = Files.createTempFile(dir, "evidence", ".zip");
        Files.write(file, zip(archive));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OfflineVerifier.class.getName(),
                file.toString(), "--root", root).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private byte[] download(String id) throws Exception {
        return download(id, "");
    }

    private byte[] download(String id, String query) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/audit/agreements/" + id + "/export" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("auditor:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static String payloadOf(String lines, int sequence) {
        String line = List.of(lines.split("\n")).stream().filter(l -> l.contains("\"sequence\":" + sequence)).findFirst().orElseThrow();
        return line.replaceAll(".*\"payload\":\"([^\"]+)\".*", "$1");
    }

    private static byte[] mutated(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    private static Map<String, byte[]> events(Map<String, byte[]> archive, UnaryOperator<String> change) {
        Map<String, byte[]> copy = new LinkedHashMap<>(archive);
        copy.put("events.jsonl", change.apply(new String(archive.get("events.jsonl"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = new java.io.ByteArrayInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                files.put(e.getName(), z.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

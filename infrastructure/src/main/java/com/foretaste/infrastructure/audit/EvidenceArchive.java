package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.foretaste.application.audit.Digest;
import com.foretaste.application.audit.EventHash;
import com.foretaste.application.audit.MerkleTree;
import com.foretaste.application.audit.StoredEvent;
import com.foretaste.application.audit.StreamHead;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence an auditor takes away for one stream: {@code events.jsonl} (every stored event with
 * its exact bytes and hash), {@code digest.json} (the latest digest covering the stream, with the
 * audit path that ties the stream's head to the digest's root), {@code timeline.txt} and
 * {@code README.txt}. {@link OfflineVerifier} checks it with no database and no server.
 */
final class EvidenceArchive {

    static final String EVENTS = "events.jsonl";
    static final String DIGEST = "digest.json";
    static final String TIMELINE = "timeline.txt";

    private EvidenceArchive() {
    }

    static byte[] build(String aggregateId, List<StoredEvent> events, Digest digest, ObjectMapper json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder lines = new StringBuilder();
            for (StoredEvent e : events) {
                lines.append(json.writeValueAsString(eventJson(e, json))).append('\n');
            }
            entry(zip, EVENTS, lines.toString());
            entry(zip, DIGEST, json.writerWithDefaultPrettyPrinter().writeValueAsString(digestJson(aggregateId, digest, json)));
            entry(zip, TIMELINE, Timeline.of(aggregateId, events, json));
            entry(zip, "README.txt", readme(aggregateId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ObjectNode eventJson(StoredEvent e, ObjectMapper json) throws IOException {
        ObjectNode node = json.createObjectNode()
                .put("globalIndex", e.globalIndex()).put("eventId", e.eventId()).put("aggregateId", e.aggregateId())
                .put("sequence", e.sequence()).put("aggregateType", e.aggregateType()).put("timestamp", e.timestamp())
                .put("payloadType", e.payloadType()).put("payloadRevision", e.payloadRevision())
                .put("payload", Base64.getEncoder().encodeToString(e.payload()))
                .put("metadata", e.metadata() == null ? null : Base64.getEncoder().encodeToString(e.metadata()))
                .put("hash", EventHash.hex(e.hash()));
        node.set("readablePayload", json.readTree(e.payload()));
        node.set("readableMetadata", e.metadata() == null ? null : json.readTree(e.metadata()));
        return node;
    }

    private static JsonNode digestJson(String aggregateId, Digest digest, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        int leaf = digest == null ? -1 : digest.leafIndexOf(aggregateId);
        if (leaf < 0) {
            return node.put("note", "no digest covers this stream yet; only its hash chain can be verified");
        }
        StreamHead head = digest.heads().get(leaf);
        node.put("digestId", digest.id()).put("createdAt", digest.createdAt().toString())
                .put("coveredGlobalIndex", digest.coveredGlobalIndex()).put("root", EventHash.hex(digest.root()))
                .put("streams", digest.heads().size()).put("leafIndex", leaf);
        node.putObject("head").put("aggregateId", head.aggregateId()).put("sequence", head.sequence())
                .put("hash", EventHash.hex(head.hash()));
        ArrayNode path = node.putArray("auditPath");
        MerkleTree.path(leaf, digest.heads().stream().map(StreamHead::leafHash).toList())
                .forEach(p -> path.add(EventHash.hex(p)));
        return node;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String readme(String aggregateId) {
        return """
                Evidence of the history of %s, exported by Foretaste.

                events.jsonl  every stored event, in order, with its exact stored bytes (base64) and its hash
                digest.json   the latest store digest covering this history, and the audit path of its head
                timeline.txt  the history for reading

                Check it without the service (see docs/audit.md):
                  java -cp <foretaste classes> com.foretaste.infrastructure.audit.OfflineVerifier <this file> [--root <hex you kept>]
                """.formatted(aggregateId);
    }
}

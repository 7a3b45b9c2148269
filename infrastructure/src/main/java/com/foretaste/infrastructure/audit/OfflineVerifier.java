package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.application.audit.BrokenLink;
import com.foretaste.application.audit.ChainVerifier;
import com.foretaste.application.audit.EventHash;
import com.foretaste.application.audit.MerkleTree;
import com.foretaste.application.audit.StoredEvent;
import com.foretaste.application.audit.StreamHead;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an exported evidence archive with no database and no server: recomputes the hash chain from
 * the stored bytes, checks that the stream reaches the digest's head with the head's hash, and that
 * the head's audit path leads to the digest's root (and to the root the auditor kept, if given).
 * Exit code 0 when everything holds, 1 when something is broken (named), 2 when the archive is unusable.
 */
public final class OfflineVerifier {

    private OfflineVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--root"))) {
            out.println("usage: OfflineVerifier <evidence.zip> [--root <digest root you kept, hex>]");
            return 2;
        }
        try {
            Map<String, byte[]> files = unzip(Path.of(args[0]));
            ObjectMapper json = new ObjectMapper();
            List<StoredEvent> events = events(files.get(EvidenceArchive.EVENTS), json);
            JsonNode digest = json.readTree(files.get(EvidenceArchive.DIGEST));
            String problem = check(events, digest, args.length == 3 ? args[2] : null);
            if (problem != null) {
                out.println("FAILED: " + problem);
                return 1;
            }
            out.println("VERIFIED: " + events.size() + " events of " + events.get(0).aggregateId()
                    + (digest.has("root") ? " are intact and covered by digest " + digest.get("digestId").asLong()
                    + " with root " + digest.get("root").asText() : " form an intact chain; no digest covers them yet")
                    + (args.length == 3 ? "" : ". NOT ANCHORED: give --root with the root you kept to prove the digest"
                    + " itself was not forged"));
            return 0;
        } catch (IOException | RuntimeException unusable) {
            out.println("UNUSABLE: " + unusable.getMessage());
            return 2;
        }
    }

    private static String check(List<StoredEvent> events, JsonNode digest, String keptRoot) {
        if (events.isEmpty()) {
            return "the archive holds no events";
        }
        String aggregateId = events.get(0).aggregateId();
        if (!digest.has("root")) {
            return ChainVerifier.verify(aggregateId, events).broken().map(OfflineVerifier::describe).orElse(null);
        }
        JsonNode h = digest.get("head");
        StreamHead head = new StreamHead(h.get("aggregateId").asText(), h.get("sequence").asLong(),
                EventHash.unhex(h.get("hash").asText()));
        if (!head.aggregateId().equals(aggregateId)) {
            return "the digest's head belongs to " + head.aggregateId() + ", not to " + aggregateId;
        }
        ChainVerifier.Result up = ChainVerifier.verifyAgainst(head, events);
        if (up.broken().isPresent()) {
            return describe(up.brokenLink());
        }
        ChainVerifier.Result all = ChainVerifier.verify(aggregateId, events);
        if (all.broken().isPresent()) {
            return describe(all.brokenLink());
        }
        List<byte[]> path = new ArrayList<>();
        digest.get("auditPath").forEach(p -> path.add(EventHash.unhex(p.asText())));
        byte[] root = EventHash.unhex(digest.get("root").asText());
        if (!MerkleTree.verifyInclusion(digest.get("leafIndex").asInt(), digest.get("streams").asInt(), head.leafHash(),
                path, root)) {
            return "the stream's head is not included in the digest's root (audit path does not lead to it)";
        }
        if (keptRoot != null && !keptRoot.equalsIgnoreCase(digest.get("root").asText())) {
            return "the archive's digest root differs from the root you kept";
        }
        return null;
    }

    private static String describe(BrokenLink link) {
        return link.problem() + " (stream " + link.aggregateId() + ", event " + link.sequence() + ")";
    }

    private static List<StoredEvent> events(byte[] jsonl, ObjectMapper json) throws IOException {
        List<StoredEvent> events = new ArrayList<>();
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = json.readTree(line);
            events.add(new StoredEvent(e.get("globalIndex").asLong(), e.get("eventId").asText(),
                    e.get("aggregateId").asText(), e.get("sequence").asLong(), text(e, "aggregateType"),
                    text(e, "timestamp"), text(e, "payloadType"), text(e, "payloadRevision"),
                    Base64.getDecoder().decode(e.get("payload").asText()),
                    e.get("metadata").isNull() ? null : Base64.getDecoder().decode(e.get("metadata").asText()),
                    e.get("hash").isNull() ? null : EventHash.unhex(e.get("hash").asText())));
        }
        events.sort(Comparator.comparingLong(StoredEvent::sequence));
        return events;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
    }

    private static Map<String, byte[]> unzip(Path archive) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        for (String required : List.of(EvidenceArchive.EVENTS, EvidenceArchive.DIGEST)) {
            if (!files.containsKey(required)) {
                throw new IllegalArgumentException("the archive lacks " + required);
            }
        }
        return files;
    }
}

package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.application.access.Viewer;
import com.foretaste.application.audit.AuditStore;
import com.foretaste.application.audit.Digest;
import com.foretaste.infrastructure.platform.AsOfView;
import com.foretaste.infrastructure.platform.EventView;
import com.foretaste.infrastructure.platform.StreamHistory;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.web.InvalidFieldException;
import com.foretaste.infrastructure.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stream of any registered instrument, for the auditor (docs/audit.md): its state as of an instant
 * or a version, and its evidence to take away. {@code type} is the instrument's type
 * ({@code agreements}, ...); streams of other types, and streams the caller may not see, are not found.
 */
@RestController
@RequestMapping("/api/audit/{type}/{id}")
class StreamAuditController {

    /** A stream as of a point, for instruments without a view of their own: its state as the domain's JSON. */
    record StreamAsOf(String type, String id, long version, Instant at, JsonNode state, List<EventView> events) {
    }

    private final StreamHistory history;
    private final Map<String, AsOfView> views;
    private final AuditStore store;
    private final ObjectMapper mapper;

    StreamAuditController(StreamHistory history, List<AsOfView> views, AuditStore store, ObjectMapper mapper) {
        this.history = history;
        this.views = views.stream().collect(Collectors.toUnmodifiableMap(AsOfView::type, Function.identity()));
        this.store = store;
        this.mapper = mapper;
    }

    /** The stream as it was at {@code at} (an instant) or after event {@code version}, and the events that led there. */
    @GetMapping
    Object asOf(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String at,
                @RequestParam(required = false) Long version) {
        if ((at == null) == (version == null)) {
            throw new InvalidFieldException(at == null ? "at" : "version", "as-of-point",
                    "give exactly one of at (an instant, e.g. 2026-03-02T08:00:00Z) or version (an event sequence number)");
        }
        if (version != null && version < 0) {
            throw new InvalidFieldException("version", "event-sequence-number", "a version is an event's sequence number, 0 or more");
        }
        Viewer viewer = CurrentUser.require().asViewer();
        Instant instant = at == null ? null : instant(at);
        StreamHistory.Loaded loaded = instant != null ? history.asOf(type, id, viewer, instant)
                : history.atVersion(type, id, viewer, version);
        List<EventView> events = loaded.events().stream().map(e -> EventView.of(e, mapper)).toList();
        AsOfView view = views.get(type);
        return view != null ? view.asOf(instant, version, loaded, events)
                : new StreamAsOf(type, id, loaded.version(), instant, mapper.valueToTree(loaded.state()), events);
    }

    /** The evidence, tied to the latest digest covering the stream, or to the digest named (the one whose root you kept). */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String type, @PathVariable String id,
                                  @RequestParam(required = false) Long digestId) {
        history.visible(type, id, CurrentUser.require().asViewer());
        Digest digest = digestId == null ? store.latestDigest().orElse(null)
                : store.digest(digestId).orElseThrow(() -> new NotFoundException("No digest " + digestId + "."));
        byte[] archive = EvidenceArchive.build(id, store.stream(id), digest == null
                || digest.leafIndexOf(id) < 0 ? null : digest, new ObjectMapper());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + type + "-" + id + "-evidence.zip\"")
                .body(archive);
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("at", "instant-iso-8601", "'" + at + "' is not an instant like 2026-03-02T08:00:00Z");
        }
    }
}

package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.application.audit.Audit;
import com.foretaste.application.audit.AuditStore;
import com.foretaste.application.audit.BrokenLink;
import com.foretaste.application.audit.Digest;
import com.foretaste.application.audit.EventHash;
import com.foretaste.application.licensing.AgreementSummaries;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.licensing.AgreementHistory;
import com.foretaste.infrastructure.licensing.AgreementView;
import com.foretaste.infrastructure.licensing.EventView;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.security.ForetasteUser;
import com.foretaste.infrastructure.web.InvalidFieldException;
import com.foretaste.infrastructure.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The auditor's tools (docs/audit.md): an agreement as of an instant or version, verification of a
 * stream, of the whole store or of everything a digest covers, digests, and evidence to take away.
 * Nothing here records an event.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    record AsOf(Instant at, Long version, AgreementView agreement, List<EventView> events) {
    }

    record VerificationRequest(String aggregateId, Long digestId, String root) {
    }

    record DigestView(long id, Instant createdAt, long coveredGlobalIndex, long eventCount, int streams, String root,
                      String reason) {
        static DigestView of(Digest d) {
            return new DigestView(d.id(), d.createdAt(), d.coveredGlobalIndex(), d.eventCount(), d.heads().size(),
                    EventHash.hex(d.root()), d.reason());
        }
    }

    private final AgreementHistory history;
    private final AgreementSummaries summaries;
    private final OrganisationDirectory directory;
    private final Audit audit;
    private final AuditStore store;
    private final ObjectMapper mapper;
    private final Digests digests;

    AuditController(AgreementHistory history, AgreementSummaries summaries, OrganisationDirectory directory, Audit audit,
                    AuditStore store, ObjectMapper mapper, Digests digests) {
        this.history = history;
        this.summaries = summaries;
        this.directory = directory;
        this.audit = audit;
        this.store = store;
        this.mapper = mapper;
        this.digests = digests;
    }

    /** The agreement as it was at {@code at} (an instant) or after event {@code version}, and the events that led there. */
    @GetMapping("/agreements/{id}")
    AsOf asOf(@PathVariable UUID id, @RequestParam(required = false) String at, @RequestParam(required = false) Long version) {
        if ((at == null) == (version == null)) {
            throw new InvalidFieldException(at == null ? "at" : "version", "as-of-point",
                    "give exactly one of at (an instant, e.g. 2026-03-02T08:00:00Z) or version (an event sequence number)");
        }
        Instant instant = at == null ? null : instant(at);
        AgreementHistory.Loaded loaded = history.loadUpTo(new AgreementId(id), CurrentUser.require().asViewer(),
                e -> instant != null ? !e.getTimestamp().isAfter(instant) : e.getSequenceNumber() <= version);
        return new AsOf(instant, version, AgreementView.of(loaded, directory),
                loaded.events().stream().map(e -> EventView.of(e, mapper)).toList());
    }

    @PostMapping("/verification")
    Audit.Verification verify(@RequestBody(required = false) VerificationRequest body) {
        if (body != null && body.aggregateId() != null) {
            visible(body.aggregateId());
            return audit.verifyStream(body.aggregateId());
        }
        requireAuditorOrOperator();
        if (body != null && body.digestId() != null) {
            byte[] kept = body.root() == null ? null : hex(body.root());
            return masked(audit.verifyDigest(body.digestId(), kept)
                    .orElseThrow(() -> new NotFoundException("No digest " + body.digestId() + ".")));
        }
        return masked(audit.verifyAll());
    }

    /** A broken stream the caller is not assigned to is reported without naming it. */
    private Audit.Verification masked(Audit.Verification v) {
        BrokenLink link = v.firstBroken();
        if (link == null || link.aggregateId() == null || canSee(link.aggregateId())) {
            return v;
        }
        return new Audit.Verification(v.verified(), v.streams(), v.events(), v.digestId(), v.anchored(),
                new BrokenLink(null, link.sequence(), null, "a stream you are not assigned to is broken: " + link.problem()));
    }

    private boolean canSee(String aggregateId) {
        try {
            visible(aggregateId);
            return true;
        } catch (RuntimeException notVisibleOrUnreadable) {
            return false;
        }
    }

    @PostMapping("/digests")
    ResponseEntity<DigestView> takeDigest() {
        ForetasteUser user = requireAuditorOrOperator();
        Digest digest = digests.take("taken on request of " + user.getUsername());
        return ResponseEntity.status(HttpStatus.CREATED).body(DigestView.of(digest));
    }

    @GetMapping("/digests/latest")
    DigestView latestDigest() {
        return store.latestDigest().map(DigestView::of).orElseThrow(() -> new NotFoundException("No digest was taken yet."));
    }

    @GetMapping("/digests/{digestId}")
    DigestView digest(@PathVariable long digestId) {
        return store.digest(digestId).map(DigestView::of).orElseThrow(() -> new NotFoundException("No digest " + digestId + "."));
    }

    /** The evidence, tied to the latest digest covering the stream, or to the digest named (the one whose root you kept). */
    @GetMapping("/agreements/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(required = false) Long digestId) {
        String aggregateId = id.toString();
        visible(aggregateId);
        Digest digest = digestId == null ? store.latestDigest().orElse(null)
                : store.digest(digestId).orElseThrow(() -> new NotFoundException("No digest " + digestId + "."));
        byte[] archive = EvidenceArchive.build(aggregateId, store.stream(aggregateId), digest == null
                || digest.leafIndexOf(aggregateId) < 0 ? null : digest, new ObjectMapper());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agreement-" + aggregateId + "-evidence.zip\"")
                .body(archive);
    }

    /**
     * Whether the caller may audit this stream, judged from the summary read model rather than the
     * events themselves, which may be exactly what was tampered with. A stream so new that the read
     * model has not caught up yet is judged from its events.
     */
    private void visible(String aggregateId) {
        AgreementId id = AgreementId.parse(aggregateId);
        var viewer = CurrentUser.require().asViewer();
        var summary = summaries.find(id);
        if (summary.isEmpty()) {
            history.load(id, viewer);
        } else if (!viewer.sees(List.of(summary.get().licensor(), summary.get().licensee()))) {
            throw new NotFoundException("No agreement " + id + " is visible to your organisation.");
        }
    }

    private static ForetasteUser requireAuditorOrOperator() {
        ForetasteUser user = CurrentUser.require();
        if (user.role() != Role.AUDITOR && user.role() != Role.OPERATOR) {
            throw new AccessDeniedException("only auditors and the operator verify or digest the whole store");
        }
        return user;
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("at", "instant-iso-8601", "'" + at + "' is not an instant like 2026-03-02T08:00:00Z");
        }
    }

    private static byte[] hex(String root) {
        try {
            return EventHash.unhex(root);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("root", "hex", "the root is the hexadecimal SHA-256 you kept");
        }
    }
}

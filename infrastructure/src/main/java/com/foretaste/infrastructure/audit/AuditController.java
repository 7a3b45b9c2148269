package com.foretaste.infrastructure.audit;

import com.foretaste.application.audit.Audit;
import com.foretaste.application.audit.AuditStore;
import com.foretaste.application.audit.BrokenLink;
import com.foretaste.application.audit.Digest;
import com.foretaste.application.audit.EventHash;
import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.logging.DeniedAccess;
import com.foretaste.infrastructure.platform.StreamHistory;
import com.foretaste.infrastructure.platform.StreamNotFoundException;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.security.ForetasteUser;
import com.foretaste.infrastructure.web.InvalidFieldException;
import com.foretaste.infrastructure.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * The auditor's tools for the whole store (docs/audit.md): verification of a stream, of the whole
 * store or of everything a digest covers, and digests. A stream's history, as-of states and evidence
 * are served by {@link StreamAuditController}. Nothing here records an event.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    record VerificationRequest(String aggregateId, Long digestId, String root) {
    }

    record DigestView(long id, Instant createdAt, long coveredGlobalIndex, long eventCount, int streams, String root,
                      String reason) {
        static DigestView of(Digest d) {
            return new DigestView(d.id(), d.createdAt(), d.coveredGlobalIndex(), d.eventCount(), d.heads().size(),
                    EventHash.hex(d.root()), d.reason());
        }
    }

    private final StreamHistory history;
    private final Audit audit;
    private final AuditStore store;
    private final Digests digests;
    private final AuditMetrics metrics;

    AuditController(StreamHistory history, Audit audit, AuditStore store, Digests digests, AuditMetrics metrics) {
        this.history = history;
        this.metrics = metrics;
        this.audit = audit;
        this.store = store;
        this.digests = digests;
    }

    @PostMapping("/verification")
    Audit.Verification verify(@RequestBody(required = false) VerificationRequest body) {
        if (body != null && body.aggregateId() != null) {
            visible(body.aggregateId());
            return metrics.verified("stream", audit.verifyStream(body.aggregateId()));
        }
        requireAuditorOrOperator();
        if (body != null && body.digestId() != null) {
            byte[] kept = body.root() == null ? null : hex(body.root());
            return masked(metrics.verified("digest", audit.verifyDigest(body.digestId(), kept)
                    .orElseThrow(() -> new NotFoundException("No digest " + body.digestId() + "."))));
        }
        return masked(metrics.verified("store", audit.verifyAll()));
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
        } catch (StreamNotFoundException notVisible) {
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

    /** Whether the caller may audit this stream, judged from the stream registry the write side keeps. */
    private void visible(String aggregateId) {
        history.visible(aggregateId, CurrentUser.require().asViewer());
    }

    private static ForetasteUser requireAuditorOrOperator() {
        ForetasteUser user = CurrentUser.require();
        if (user.role() != Role.AUDITOR && user.role() != Role.OPERATOR) {
            DeniedAccess.log("403 forbidden", "the whole store", "role " + user.role());
            throw new AccessDeniedException("only auditors and the operator verify or digest the whole store");
        }
        return user;
    }

    private static byte[] hex(String root) {
        try {
            return EventHash.unhex(root);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("root", "hex", "the root is the hexadecimal SHA-256 you kept");
        }
    }
}

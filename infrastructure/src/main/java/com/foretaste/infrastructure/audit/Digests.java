package com.foretaste.infrastructure.audit;

import com.foretaste.application.audit.Audit;
import com.foretaste.application.audit.Digest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Takes digests in one repeatable-read transaction, so the position covered, the heads and the
 * event count all describe the same state of the store.
 */
@Component
public class Digests {

    private final Audit audit;
    private final Clock clock;
    private final TransactionTemplate snapshot;
    private final AuditMetrics metrics;

    Digests(Audit audit, Clock clock, PlatformTransactionManager transactions, AuditMetrics metrics) {
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // a request's own transaction (docs/adr/0005) runs at read committed: a digest needs its own snapshot
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Digest take(String reason) {
        try {
            Digest digest = snapshot.execute(status -> audit.takeDigest(clock.instant(), reason));
            metrics.digestTaken();
            return digest;
        } catch (Audit.BrokenStoreException broken) {
            metrics.digestRefused();
            throw broken;
        }
    }
}

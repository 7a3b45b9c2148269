package com.foretaste.infrastructure.audit;

import com.foretaste.application.audit.Audit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Digests and verifications as meters: digests taken or refused (a refusal means the store did not
 * verify), verifications by scope and result, and {@value #BROKEN}, which is 1 from the moment this node
 * found a broken chain (a refused digest, a failed verification of the whole store or of a digest) until
 * a later check of the whole store or of a digest verifies. A broken chain is evidence of tampering or
 * of a lost write: alert on it at once.
 */
@Component
class AuditMetrics {

    static final String DIGESTS = "foretaste.audit.digests";
    static final String VERIFICATIONS = "foretaste.audit.verifications";
    static final String BROKEN = "foretaste.audit.store.broken";

    private final MeterRegistry registry;
    private final AtomicInteger broken = new AtomicInteger();

    AuditMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(BROKEN, broken, AtomicInteger::get)
                .description("1 while the last check of the whole store or of a digest on this node found a broken chain")
                .register(registry);
    }

    void digestTaken() {
        counter(DIGESTS, "outcome", "taken").increment();
        broken.set(0);
    }

    void digestRefused() {
        counter(DIGESTS, "outcome", "refused").increment();
        broken.set(1);
    }

    /** @param scope {@code stream}, {@code store} or {@code digest}; only the last two speak for the whole store */
    Audit.Verification verified(String scope, Audit.Verification verification) {
        Counter.builder(VERIFICATIONS).description("Verifications of hash chains, by scope and result")
                .tag("scope", scope).tag("result", verification.verified() ? "verified" : "broken")
                .register(registry).increment();
        if (!verification.verified()) {
            broken.set(1);
        } else if (!scope.equals("stream")) {
            broken.set(0);
        }
        return verification;
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).description("Digests of the event store, taken or refused because the store did"
                + " not verify").tag(tag, value).register(registry);
    }
}

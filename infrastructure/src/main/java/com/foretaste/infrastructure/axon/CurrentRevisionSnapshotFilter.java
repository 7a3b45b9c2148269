package com.foretaste.infrastructure.axon;

import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;

/**
 * Uses a snapshot of an aggregate only if the aggregate class as it is now wrote it: its payload is
 * that class, at the class's current {@link Revision}. Any other snapshot of the aggregate is dropped,
 * so the aggregate is rebuilt from its events. Snapshots of other aggregate types pass, because Axon
 * joins the filters of all aggregates into the one filter of the event store.
 */
public final class CurrentRevisionSnapshotFilter implements SnapshotFilter {

    private final String aggregateType;
    private final String payloadType;
    private final String revision;

    private CurrentRevisionSnapshotFilter(String aggregateType, String payloadType, String revision) {
        this.aggregateType = aggregateType;
        this.payloadType = payloadType;
        this.revision = revision;
    }

    /** The filter of an aggregate class, which must declare the revision of its snapshots. */
    public static CurrentRevisionSnapshotFilter of(Class<?> aggregate) {
        Revision revision = aggregate.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalArgumentException(aggregate.getName() + " is snapshotted but declares no @Revision:"
                    + " without one, a snapshot of an older shape of its state cannot be told apart");
        }
        return new CurrentRevisionSnapshotFilter(aggregateTypeOf(aggregate), aggregate.getName(), revision.value());
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        if (!aggregateType.equals(snapshot.getType())) {
            return true;
        }
        SerializedType written = snapshot.getPayload().getType();
        return payloadType.equals(written.getName()) && revision.equals(written.getRevision());
    }

    /** The type name Axon stores with the aggregate's events and snapshots, found as Axon finds it. */
    private static String aggregateTypeOf(Class<?> aggregate) {
        return AnnotationUtils.findAnnotationAttributes(aggregate, AggregateRoot.class)
                .map(attributes -> (String) attributes.get("type"))
                .filter(type -> !type.isEmpty())
                .orElse(aggregate.getSimpleName());
    }
}

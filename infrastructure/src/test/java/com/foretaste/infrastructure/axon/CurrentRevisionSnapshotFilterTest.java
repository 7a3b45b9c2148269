package com.foretaste.infrastructure.axon;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A snapshot is used only when the aggregate class as it is now wrote it. */
class CurrentRevisionSnapshotFilterTest {

    private final SnapshotFilter filter = CurrentRevisionSnapshotFilter.of(Policy.class);

    @Test
    void a_snapshot_of_the_current_revision_is_used() {
        assertThat(filter.allow(snapshot("Policy", Policy.class, "3"))).isTrue();
    }

    @Test
    void a_snapshot_of_another_revision_is_dropped() {
        assertThat(filter.allow(snapshot("Policy", Policy.class, "2"))).isFalse();
        assertThat(filter.allow(snapshot("Policy", Policy.class, "4"))).isFalse();
    }

    @Test
    void a_snapshot_written_before_revisions_were_declared_is_dropped() {
        assertThat(filter.allow(snapshot("Policy", Policy.class, null))).isFalse();
    }

    @Test
    void a_snapshot_whose_payload_is_another_class_is_dropped() {
        assertThat(filter.allow(snapshot("Policy", Guarantee.class, "3"))).isFalse();
    }

    @Test
    void snapshots_of_other_aggregates_are_left_to_their_own_filters() {
        assertThat(filter.allow(snapshot("Guarantee", Guarantee.class, null))).isTrue();
        assertThat(filter.combine(CurrentRevisionSnapshotFilter.of(Guarantee.class))
                .allow(snapshot("Guarantee", Guarantee.class, "1"))).isTrue();
    }

    @Test
    void the_aggregate_type_named_on_the_aggregate_is_the_one_its_snapshots_carry() {
        SnapshotFilter named = CurrentRevisionSnapshotFilter.of(NamedPolicy.class);

        assertThat(named.allow(snapshot("insurance-policy", NamedPolicy.class, null))).isFalse();
        assertThat(named.allow(snapshot("NamedPolicy", NamedPolicy.class, null))).isTrue();
    }

    @Test
    void an_aggregate_without_a_revision_cannot_have_its_snapshots_filtered() {
        assertThatThrownBy(() -> CurrentRevisionSnapshotFilter.of(Unversioned.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@Revision");
    }

    private static DomainEventData<?> snapshot(String aggregateType, Class<?> payload, String revision) {
        return new GenericDomainEventEntry<>(aggregateType, "id-1", 49, "snapshot-1", "2026-03-16T00:00:00Z",
                payload.getName(), revision, "{}", "{}");
    }

    @Revision("3")
    static class Policy {
    }

    @Revision("1")
    static class Guarantee {
    }

    @Revision("1")
    @AggregateRoot(type = "insurance-policy")
    static class NamedPolicy {
    }

    static class Unversioned {
    }
}

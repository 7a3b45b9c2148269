package com.foretaste.infrastructure.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Within a transaction a row is read at most once and written once, at commit, new rows in one
 * insert batch and known ones in one update batch; a rollback writes nothing; outside a transaction
 * every call goes to the table.
 */
class WriteBehindTest {

    /** A table of key to value, counting the statements it is asked for. */
    private static final class Table implements WriteBehind.Rows<String, String> {
        final Map<String, String> rows = new HashMap<>();
        final List<Collection<String>> loads = new ArrayList<>();
        final List<List<String>> inserts = new ArrayList<>();
        final List<List<String>> updates = new ArrayList<>();

        @Override
        public Map<String, String> load(Collection<String> keys) {
            loads.add(List.copyOf(keys));
            Map<String, String> found = new HashMap<>();
            keys.stream().filter(rows::containsKey).forEach(k -> found.put(k, rows.get(k)));
            return found;
        }

        @Override
        public void insert(List<String> values) {
            inserts.add(values);
            values.forEach(v -> rows.put(key(v), v));
        }

        @Override
        public int[] update(List<String> values) {
            updates.add(values);
            return values.stream().mapToInt(v -> rows.replace(key(v), v) == null ? 0 : 1).toArray();
        }

        static String key(String value) {
            return value.substring(0, value.indexOf('='));
        }
    }

    private final Table table = new Table();
    private final WriteBehind<String, String> rows = new WriteBehind<>(0, table);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_transaction_reads_each_row_once_and_writes_it_once_at_commit() {
        table.rows.put("a", "a=0");
        begin();
        rows.prefetch(List.of("a", "b"));
        for (int i = 1; i <= 5; i++) {
            rows.save("a", "a=" + i);
            rows.save("b", "b=" + i);
        }
        assertThat(rows.find("a")).contains("a=5");
        assertThat(table.rows).as("nothing written before the commit").containsOnly(Map.entry("a", "a=0"));

        commit();

        assertThat(table.loads).containsExactly(List.of("a", "b"));
        assertThat(table.updates).containsExactly(List.of("a=5"));
        assertThat(table.inserts).containsExactly(List.of("b=5"));
        assertThat(table.rows).containsOnly(Map.entry("a", "a=5"), Map.entry("b", "b=5"));
    }

    @Test
    void a_rolled_back_transaction_writes_nothing_and_the_next_one_starts_afresh() {
        begin();
        rows.save("a", "a=1");
        rollback();
        assertThat(table.rows).isEmpty();

        begin();
        assertThat(rows.find("a")).isEmpty();
        commit();
        assertThat(table.inserts).isEmpty();
    }

    @Test
    void a_row_gone_under_its_writer_fails_the_commit() {
        table.rows.put("a", "a=0");
        begin();
        rows.find("a");
        rows.save("a", "a=1");
        table.rows.clear();

        assertThatThrownBy(WriteBehindTest::commit).isInstanceOf(IllegalStateException.class).hasMessageContaining("a=1");
    }

    @Test
    void outside_a_transaction_every_save_goes_to_the_table() {
        rows.save("a", "a=1");
        rows.save("a", "a=2");

        assertThat(table.rows).containsOnly(Map.entry("a", "a=2"));
        assertThat(table.inserts).containsExactly(List.of("a=1"));
        assertThat(rows.find("a")).contains("a=2");
    }

    private static void begin() {
        TransactionSynchronizationManager.initSynchronization();
    }

    private static void commit() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        try {
            TransactionSynchronizationUtils.triggerBeforeCommit(false);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
            synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        }
    }

    private static void rollback() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
    }
}

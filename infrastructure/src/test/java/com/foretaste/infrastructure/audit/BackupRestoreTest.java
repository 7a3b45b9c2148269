package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.application.audit.Audit;
import com.foretaste.application.audit.EventHash;
import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import com.foretaste.infrastructure.support.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A backup is only as good as its restore (docs/operations.md, "Backups and restore"): the schema dumped
 * with pg_dump and restored with pg_restore into another database still verifies, event by event, against
 * a digest whose root was kept before the dump; a restore that lost an event does not.
 */
@PostgresIntegrationTest
class BackupRestoreTest extends AuditTestBase {

    @Test
    void a_restored_dump_verifies_against_the_root_kept_before_it_and_a_lost_event_is_found() throws Exception {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore of the server's version");
        String first = agreementInTrial();
        agreementInTrial();
        JsonNode digest = takeDigest();
        long digestId = digest.get("id").asLong();
        byte[] keptRoot = EventHash.unhex(digest.get("root").asText());
        String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
        Path dump = Files.createTempFile("foretaste-backup-", ".dump");
        String restored = "ft_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            run("pg_dump", "--format=custom", "--schema=" + schema, "--file=" + dump, toolUri(database()));
            server().execute("CREATE DATABASE " + restored);
            run("pg_restore", "--no-owner", "--dbname=" + toolUri(restored), dump.toString());
            JdbcTemplate restoredStore = new JdbcTemplate(new DriverManagerDataSource(
                    jdbcUrl(restored) + "?currentSchema=" + schema, PostgresSchema.USER, PostgresSchema.PASSWORD));
            Audit audit = new Audit(new JdbcAuditStore(restoredStore));

            Audit.Verification check = audit.verifyDigest(digestId, keptRoot).orElseThrow();
            assertThat(check.verified()).as(String.valueOf(check.firstBroken())).isTrue();
            assertThat(check.anchored()).isTrue();
            assertThat(check.events()).isEqualTo(4);

            restoredStore.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1",
                    first);
            Audit.Verification lost = audit.verifyDigest(digestId, keptRoot).orElseThrow();
            assertThat(lost.verified()).isFalse();
            assertThat(lost.firstBroken().aggregateId()).isEqualTo(first);
        } finally {
            server().execute("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
            Files.deleteIfExists(dump);
        }
    }

    private static JdbcTemplate server() {
        return new JdbcTemplate(new DriverManagerDataSource(PostgresSchema.SERVER_URL, PostgresSchema.USER,
                PostgresSchema.PASSWORD));
    }

    private String database() {
        return jdbc.queryForObject("SELECT current_database()", String.class);
    }

    /** The test server's JDBC URL with another database. */
    private static String jdbcUrl(String database) {
        String server = PostgresSchema.SERVER_URL.replaceFirst("\\?.*$", "");
        return server.substring(0, server.lastIndexOf('/') + 1) + database;
    }

    /** The same server as a libpq URI for the PostgreSQL tools, with the tests' user (the password goes by PGPASSWORD). */
    private static String toolUri(String database) {
        return jdbcUrl(database).replaceFirst("^jdbc:postgresql://", "postgresql://" + PostgresSchema.USER + "@");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        File log = Files.createTempFile("foretaste-pg-tool-", ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        if (!PostgresSchema.PASSWORD.isEmpty()) {
            builder.environment().put("PGPASSWORD", PostgresSchema.PASSWORD);
        }
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finishes").isTrue();
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        Files.deleteIfExists(log.toPath());
        assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    }

    private static boolean onPath(String tool) {
        List<String> path = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        return path.stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}

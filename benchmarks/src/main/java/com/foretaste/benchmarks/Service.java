package com.foretaste.benchmarks;

import com.foretaste.infrastructure.ForetasteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole service in this JVM, as deployed: the {@code postgres} profile on a benchmark schema, its
 * own users (the demo organisations, with a password of this run), HTTP on a free port.
 */
final class Service implements AutoCloseable {

    static final String UNIVERSITY = "6f1c2a4e-0001-4000-8000-000000000001";
    static final Map<String, String> LICENSEES = Map.of(
            "qinling", "6f1c2a4e-0002-4000-8000-000000000002",
            "weihe", "6f1c2a4e-0003-4000-8000-000000000003");
    private static final String OPERATOR = "6f1c2a4e-0006-4000-8000-000000000006";
    private static final Pattern TOKEN_POSITION = Pattern.compile("\"(?:index|globalIndex)\"\\s*:\\s*(\\d+)");

    private final ConfigurableApplicationContext context;
    private final String password = UUID.randomUUID().toString();

    private Service(BenchmarkDatabase db) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + BenchmarkDatabase.USER,
                "--spring.datasource.password=" + BenchmarkDatabase.PASSWORD, "--spring.flyway.schemas=" + db.schema()));
        user(args, 0, "university", UNIVERSITY, "LICENSOR");
        user(args, 1, "qinling", LICENSEES.get("qinling"), "LICENSEE");
        user(args, 2, "weihe", LICENSEES.get("weihe"), "LICENSEE");
        user(args, 3, "operator", OPERATOR, "OPERATOR");
        this.context = new SpringApplicationBuilder(ForetasteApplication.class).profiles("postgres")
                .run(args.toArray(String[]::new));
    }

    static Service start(BenchmarkDatabase db) {
        return new Service(db);
    }

    Http as(String username) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Http("http://localhost:" + port, username, password);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Waits until no end-of-day task is left (the digest after a run included) and every event processor caught up. */
    void awaitQuiet() {
        JdbcTemplate jdbc = jdbc();
        while (jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class) > 0 || lagging(jdbc)) {
            pause(20);
        }
    }

    /** How many events the slowest event processor trails the head of the store (0 when every processor caught up). */
    long lag() {
        JdbcTemplate jdbc = jdbc();
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        List<String> tokens = jdbc.queryForList("SELECT convert_from(token, 'UTF8') FROM token_entry WHERE token IS NOT NULL",
                String.class);
        if (tokens.isEmpty()) {
            return head;
        }
        return Math.max(0, head - tokens.stream().mapToLong(Service::position).min().orElse(head));
    }

    private static boolean lagging(JdbcTemplate jdbc) {
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        List<String> tokens = jdbc.queryForList("SELECT convert_from(token, 'UTF8') FROM token_entry WHERE token IS NOT NULL",
                String.class);
        return tokens.isEmpty() && head > 0 || tokens.stream().anyMatch(t -> position(t) < head);
    }

    private static long position(String token) {
        Matcher m = TOKEN_POSITION.matcher(token);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void user(List<String> args, int i, String name, String organisation, String role) {
        String prefix = "--foretaste.security.users[" + i + "].";
        args.addAll(List.of(prefix + "username=" + name, prefix + "password={noop}" + password,
                prefix + "organisation=" + organisation, prefix + "role=" + role));
    }

    @Override
    public void close() {
        context.close();
    }
}

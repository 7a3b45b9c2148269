package com.foretaste.infrastructure.support;

import com.foretaste.infrastructure.ForetasteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Nodes of the service on one PostgreSQL schema, as a deployment with several nodes would run:
 * in this JVM (a Spring context), or as a separate process that a test can kill with SIGKILL.
 */
public final class ServiceNodes {

    private ServiceNodes() {
    }

    public static List<String> arguments(PostgresSchema schema, int port) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + schema.url(),
                "--spring.datasource.username=" + PostgresSchema.USER, "--spring.flyway.schemas=" + schema.name()));
        TestUsers.properties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return args;
    }

    /** A node in this JVM, with the test clock and any extra configuration classes. */
    public static ConfigurableApplicationContext inProcess(PostgresSchema schema, Class<?>... extra) {
        Class<?>[] sources = Stream.concat(Stream.of(ForetasteApplication.class, TestClockConfiguration.class),
                Stream.of(extra)).toArray(Class<?>[]::new);
        return new SpringApplicationBuilder(sources).profiles("postgres")
                .run(arguments(schema, 0).toArray(String[]::new));
    }

    public static Api api(ConfigurableApplicationContext node, String user) {
        return new Api("http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort(), user,
                TestUsers.PASSWORD);
    }

    /** A node in a process of its own, started from this test's class path with {@code main}; ready when it answers. */
    public static Process separateProcess(Class<?> main, PostgresSchema schema, int port, File log, String... extra)
            throws IOException {
        return separateProcess(List.of("-Xmx512m"), main, schema, port, log, extra);
    }

    /**
     * A node in a process of its own, with these JVM options (heap, compiler), started from this test's class
     * path with {@code main}; returned once it is ready to take traffic (its readiness probe answers UP).
     */
    public static Process separateProcess(List<String> jvmOptions, Class<?> main, PostgresSchema schema, int port,
                                          File log, String... extra) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments(schema, port));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        Api health = new Api("http://localhost:" + port, null, null);
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the node process ended at start-up; see " + log);
                }
                // ready to serve: the whole health may be DOWN for the platform (a stuck run, a halted read model)
                return health.get("/actuator/health/readiness").status() == 200;
            });
        } catch (RuntimeException | Error notReady) {
            process.destroyForcibly().onExit().join();
            throw notReady;
        }
        return process;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

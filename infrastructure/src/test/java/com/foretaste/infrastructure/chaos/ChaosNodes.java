package com.foretaste.infrastructure.chaos;

import com.foretaste.infrastructure.ForetasteApplication;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceNodes;
import com.foretaste.infrastructure.support.TestUsers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The nodes of the service under chaos: each a JVM of its own on the {@code postgres} profile, all on one
 * schema, each on its own port. A node is "up" from the moment its readiness probe answers until the harness
 * kills or stops it; clients send only to nodes that are up, and requests in flight on a killed node are cut.
 * A shutdown hook kills every child JVM, so that none survives a failed or interrupted run.
 */
final class ChaosNodes implements AutoCloseable {

    /** Small heaps and the quick compiler, so that two nodes and the test JVM share two cores. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-XX:+UseSerialGC");

    private static final int STARTS = 3;

    private final PostgresSchema schema;
    private final List<Node> nodes = new ArrayList<>();
    private final Thread killAllOnExit = new Thread(this::killAll, "chaos-nodes-kill-on-exit");

    ChaosNodes(PostgresSchema schema, int count) throws IOException {
        this.schema = schema;
        File logs = new File("target/chaos");
        if (!logs.isDirectory() && !logs.mkdirs()) {
            throw new IOException("cannot create " + logs);
        }
        File[] earlier = logs.listFiles((dir, name) -> name.startsWith("node-"));
        for (File log : earlier == null ? new File[0] : earlier) {
            Files.delete(log.toPath());
        }
        for (int i = 0; i < count; i++) {
            int port = ServiceNodes.freePort();
            nodes.add(new Node(port, new File(logs, "node-" + i + "-" + port + ".log")));
        }
        Runtime.getRuntime().addShutdownHook(killAllOnExit);
    }

    int size() {
        return nodes.size();
    }

    /**
     * Starts node {@code i} and returns once it is ready; its log goes on in the same file. A start that does
     * not get ready (on a loaded machine) is killed and tried again, up to {@value #STARTS} times; returns how
     * many starts failed.
     */
    int start(int i) {
        Node node = nodes.get(i);
        for (int failed = 0; ; failed++) {
            try {
                node.process = ServiceNodes.separateProcess(JVM_OPTIONS, ForetasteApplication.class, schema, node.port,
                        node.log, "--spring.profiles.active=postgres");
                node.up = true;
                return failed;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException notReady) {
                if (failed + 1 == STARTS) {
                    throw notReady;
                }
            }
        }
    }

    /** SIGKILL: the JVM ends at once, with its open transactions and the requests it was answering. */
    void kill(int i) throws InterruptedException {
        Node node = nodes.get(i);
        node.up = false;
        node.process.destroyForcibly();
        node.process.waitFor();
    }

    /** SIGTERM: the node shuts down in order (it releases its processors' segments), then ends. */
    void stop(int i) throws InterruptedException {
        Node node = nodes.get(i);
        node.up = false;
        node.process.destroy();
        if (!node.process.waitFor(60, TimeUnit.SECONDS)) {
            node.process.destroyForcibly().waitFor();
        }
    }

    /** A node that is up, at random, if any. */
    Optional<Integer> anyUp(Random random) {
        List<Integer> up = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).up) {
                up.add(i);
            }
        }
        return up.isEmpty() ? Optional.empty() : Optional.of(up.get(random.nextInt(up.size())));
    }

    boolean isUp(int i) {
        return nodes.get(i).up;
    }

    Api api(int i, String user) {
        return new Api(base(i), user, TestUsers.PASSWORD);
    }

    String base(int i) {
        return "http://localhost:" + nodes.get(i).port;
    }

    File log(int i) {
        return nodes.get(i).log;
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(killAllOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    /** Every node, and any process this JVM started besides (a node still starting is not in {@link #nodes} yet). */
    private void killAll() {
        for (Node node : nodes) {
            node.up = false;
            if (node.process != null) {
                node.process.destroyForcibly();
            }
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static final class Node {
        private final int port;
        private final File log;
        private volatile Process process;
        private volatile boolean up;

        Node(int port, File log) {
            this.port = port;
            this.log = log;
        }
    }
}

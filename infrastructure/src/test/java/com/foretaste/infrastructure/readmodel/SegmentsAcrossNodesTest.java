package com.foretaste.infrastructure.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceNodes;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Read-model segments on several nodes: a node that joins gets its fair share of every read-model processor's
 * segments from the node that held them all, both nodes then keep their read models current (and each node's
 * {@code readModels} health names it, the live nodes and the segments it holds), and the segments of
 * a node that dies without releasing its claims pass to the survivor within seconds.
 */
class SegmentsAcrossNodesTest {

    private static final List<String> READ_MODELS = List.of("agreement-summary", "insurance-read-models",
            "guarantee-read-models");
    private static final int SEGMENTS = 4;

    @Test
    void nodes_share_the_read_model_segments_and_a_dead_nodes_segments_pass_to_the_survivor_within_seconds() {
        PostgresSchema schema = PostgresSchema.create();
        try (ConfigurableApplicationContext a = ServiceNodes.inProcess(schema)) {
            String nodeA = a.getBean(ProcessorNodes.class).nodeId();
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> owners(jdbc, "agreement-summary"),
                    o -> o.equals(Map.of(nodeA, SEGMENTS)));

            ConfigurableApplicationContext b = ServiceNodes.inProcess(schema);
            try {
                String nodeB = b.getBean(ProcessorNodes.class).nodeId();
                for (String processor : READ_MODELS) {
                    await().atMost(Duration.ofSeconds(20)).alias(processor).until(() -> owners(jdbc, processor),
                            o -> o.equals(Map.of(nodeA, SEGMENTS / 2, nodeB, SEGMENTS / 2)));
                }
                List<String> agreements = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    agreements.add(propose(i % 2 == 0 ? a : b));
                }
                await().atMost(Duration.ofSeconds(20)).until(() -> summarised(jdbc, agreements) == agreements.size());
                long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
                for (ConfigurableApplicationContext node : List.of(a, b)) {
                    await().atMost(Duration.ofSeconds(20)).alias("each node reads its own segments up to the head")
                            .until(() -> segmentsAtHead(node, "agreement-summary", head), s -> s == SEGMENTS / 2);
                    String id = node.getBean(ProcessorNodes.class).nodeId();
                    await().atMost(Duration.ofSeconds(20)).alias("each node's health names it, both nodes and its share")
                            .untilAsserted(() -> {
                                JsonNode details = readModelsHealth(node).get("details");
                                assertThat(details.get("node").asText()).isEqualTo(id);
                                assertThat(details.get("liveNodes").asInt()).isEqualTo(2);
                                assertThat(details.get("processors").get("agreement-summary").get("segmentsHeld"))
                                        .hasSize(SEGMENTS / 2);
                            });
                }

                long killed = System.nanoTime();
                dieWithoutReleasing(b);
                for (String processor : READ_MODELS) {
                    await().atMost(Duration.ofSeconds(20)).alias(processor).until(() -> owners(jdbc, processor),
                            o -> o.equals(Map.of(nodeA, SEGMENTS)));
                }
                System.out.printf("Segments of the dead node held by the survivor after %d ms%n",
                        (System.nanoTime() - killed) / 1_000_000);
            } finally {
                if (b.isActive()) {
                    b.close();
                }
            }
            List<String> after = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                after.add(propose(a));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> summarised(jdbc, after) == after.size());
        }
    }

    /**
     * The closest stand-in in this JVM for SIGKILL: the node's database goes first, so that neither its processors
     * (releasing their claims) nor its beat (removing its row) can tell the others it left; then its context closes.
     */
    private static void dieWithoutReleasing(ConfigurableApplicationContext node) {
        node.getBean(HikariDataSource.class).close();
        node.close();
    }

    private static String propose(ConfigurableApplicationContext node) {
        Api.Response proposed = ServiceNodes.api(node, "university").post("/api/agreements",
                Proposals.shaanxiStyle(QINLING_ORG));
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        return proposed.json().get("id").asText();
    }

    private static JsonNode readModelsHealth(ConfigurableApplicationContext node) {
        return ServiceNodes.api(node, "operator").get("/actuator/health/readModels").json();
    }

    private static Map<String, Integer> owners(JdbcTemplate jdbc, String processor) {
        return jdbc.queryForList("SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                String.class, processor).stream().collect(Collectors.toMap(o -> o, o -> 1, Integer::sum));
    }

    private static int summarised(JdbcTemplate jdbc, List<String> agreements) {
        return jdbc.queryForObject("SELECT count(*) FROM agreement_summary WHERE agreement_id::text IN ("
                + String.join(",", agreements.stream().map(id -> "'" + id + "'").toList()) + ")", Integer.class);
    }

    private static long segmentsAtHead(ConfigurableApplicationContext node, String processor, long head) {
        StreamingEventProcessor streaming = node.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processor, StreamingEventProcessor.class).orElseThrow();
        return streaming.processingStatus().values().stream()
                .filter(s -> s.getCurrentPosition().orElse(-1) >= head).map(EventTrackerStatus::getSegment).count();
    }
}

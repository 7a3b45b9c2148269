package com.foretaste.infrastructure.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceNodes;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreements are kept in memory between commands; what a node keeps must never decide a command
 * against a history that is not the store's: not after another node appended to the stream, and not
 * after the transaction of a command rolled back once the command itself had finished.
 */
class AggregateCacheAcrossNodesTest {

    private static final String FINDINGS = """
            {"summary": "noise down 4 dB", "measuredResults": ["backlash 0.8 arcmin"]}""";

    @Test
    void a_node_that_kept_an_agreement_sees_what_another_node_appended_since() {
        PostgresSchema schema = PostgresSchema.create();
        try (ConfigurableApplicationContext a = ServiceNodes.inProcess(schema);
             ConfigurableApplicationContext b = ServiceNodes.inProcess(schema)) {
            String id = trial(ServiceNodes.api(a, "university"), ServiceNodes.api(a, "qinling"));
            Api atA = ServiceNodes.api(a, "qinling");
            Api atB = ServiceNodes.api(b, "qinling");

            assertThat(findings(atA, id).status()).isEqualTo(200);
            assertThat(findings(atB, id).status()).isEqualTo(200);
            Api.Response third = findings(atA, id);

            assertThat(third.status()).as(third.text()).isEqualTo(200);
            JsonNode agreement = third.json();
            assertThat(agreement.get("trialFindings")).hasSize(3);
            assertThat(sequenceNumbers(a.getBean(JdbcTemplate.class), id))
                    .as("one stream with no gap and no sequence number twice").containsExactly(0L, 1L, 2L, 3L, 4L);
        }
    }

    @Test
    void an_agreement_changed_by_a_transaction_that_rolled_back_is_not_kept() {
        PostgresSchema schema = PostgresSchema.create();
        try (ConfigurableApplicationContext a = ServiceNodes.inProcess(schema)) {
            String id = trial(ServiceNodes.api(a, "university"), ServiceNodes.api(a, "qinling"));
            CommandGateway gateway = a.getBean(CommandGateway.class);
            TransactionTemplate transaction = new TransactionTemplate(a.getBean(PlatformTransactionManager.class));

            transaction.executeWithoutResult(status -> {
                findings(gateway, id);
                status.setRollbackOnly();
            });
            findings(gateway, id);

            assertThat(sequenceNumbers(a.getBean(JdbcTemplate.class), id))
                    .as("the rolled-back event is gone and the next one takes its place")
                    .containsExactly(0L, 1L, 2L);
            Api.Response agreement = ServiceNodes.api(a, "qinling").get("/api/agreements/" + id);
            assertThat(agreement.json().get("trialFindings")).hasSize(1);
        }
    }

    private static String trial(Api university, Api qinling) {
        String id = university.post("/api/agreements", LifecycleTestBase.proposal(QINLING_ORG, "")).json()
                .get("id").asText();
        assertThat(qinling.post("/api/agreements/" + id + "/acceptance", null).status()).isEqualTo(200);
        return id;
    }

    private static Api.Response findings(Api licensee, String id) {
        return licensee.post("/api/agreements/" + id + "/trial-findings", FINDINGS);
    }

    /** In-process, with the metadata the API would set: the command's transaction is the caller's. */
    private static void findings(CommandGateway gateway, String id) {
        String commandId = UUID.randomUUID().toString();
        AgreementCommand command = new AgreementCommand.ReportTrialFindings(new AgreementId(UUID.fromString(id)),
                new OrganisationId(UUID.fromString(QINLING_ORG)), "noise down 4 dB", List.of("backlash 0.8 arcmin"));
        Map<String, Object> metadata = Map.of(MetadataKeys.COMMAND_ID, commandId, MetadataKeys.PRINCIPAL, "qinling",
                MetadataKeys.ORGANISATION, QINLING_ORG, MetadataKeys.ROLE, "LICENSEE");
        gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId, ExecuteAgreementCommand.of(command),
                metadata), ExecuteAgreementCommand.class.getName()));
    }

    private static List<Long> sequenceNumbers(JdbcTemplate jdbc, String id) {
        return jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, id);
    }
}

package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.HandledEvents;
import com.foretaste.application.insurance.PlatformPolicyCommands;
import com.foretaste.application.insurance.PolicyCoverage;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.infrastructure.axon.MetadataKeys;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The process manager's ports on the platform: its own tables, and the command gateway. */
final class ProcessPorts {

    private ProcessPorts() {
    }

    static PolicyCoverage coverage(JdbcTemplate jdbc) {
        return new PolicyCoverage() {
            @Override
            public void cover(AgreementId agreementId, PolicyId policyId) {
                jdbc.update("INSERT INTO policy_coverage (agreement_id, policy_id) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM policy_coverage WHERE agreement_id = ? AND policy_id = ?)",
                        agreementId.value(), policyId.value(), agreementId.value(), policyId.value());
            }

            @Override
            public List<PolicyId> policiesOf(AgreementId agreementId) {
                return jdbc.queryForList("SELECT policy_id FROM policy_coverage WHERE agreement_id = ? ORDER BY policy_id",
                        java.util.UUID.class, agreementId.value()).stream().map(PolicyId::new).toList();
            }
        };
    }

    static HandledEvents handled(JdbcTemplate jdbc, Clock clock) {
        return (process, eventId) -> jdbc.update("INSERT INTO process_handled_event (process, event_id, handled_at)"
                + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM process_handled_event WHERE process = ? AND event_id = ?)",
                process, eventId, Timestamp.from(clock.instant()), process, eventId) == 1;
    }

    /**
     * Sends as the platform ("system"), with the command id derived from the causing event and the correlation
     * id of that event; the business date of the causing event goes with it. A platform command is not a
     * party's, so it is not held back by a running end of day.
     */
    static PlatformPolicyCommands commands(CommandGateway gateway) {
        return (command, commandId) -> {
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(MetadataKeys.COMMAND_ID, commandId);
            metadata.put(MetadataKeys.DATE_DRIVEN, "true");
            CurrentUnitOfWork.ifStarted(uow -> {
                Object correlation = uow.getMessage().getMetaData().get(MetadataKeys.CORRELATION_ID);
                Object date = uow.getMessage().getMetaData().get(MetadataKeys.BUSINESS_DATE);
                if (correlation != null) {
                    metadata.put(MetadataKeys.CORRELATION_ID, correlation);
                }
                if (date != null) {
                    metadata.put(MetadataKeys.BUSINESS_DATE, date);
                }
            });
            gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId, ExecutePolicyCommand.of(command),
                    metadata), ExecutePolicyCommand.class.getName()));
        };
    }
}

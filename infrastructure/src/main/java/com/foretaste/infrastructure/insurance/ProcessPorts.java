package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.PlatformPolicyCommands;
import com.foretaste.application.insurance.PolicyCoverage;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.infrastructure.platform.InstrumentCoverage;
import com.foretaste.infrastructure.platform.PlatformCommandMessages;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The insurance process manager's ports on the platform: the policies covering each agreement, the command gateway. */
final class ProcessPorts {

    private ProcessPorts() {
    }

    static PolicyCoverage coverage(JdbcTemplate jdbc) {
        InstrumentCoverage policies = new InstrumentCoverage(jdbc, PolicyInstrument.TYPE);
        return new PolicyCoverage() {
            @Override
            public void cover(AgreementId agreementId, PolicyId policyId) {
                policies.cover(agreementId, policyId.value());
            }

            @Override
            public List<PolicyId> policiesOf(AgreementId agreementId) {
                return policies.of(agreementId).stream().map(PolicyId::new).toList();
            }
        };
    }


    /** Sends as the platform, from the causing event ({@link PlatformCommandMessages}). */
    static PlatformPolicyCommands commands(CommandGateway gateway) {
        return (command, commandId) -> gateway.sendAndWait(PlatformCommandMessages.causedByCurrentEvent(
                ExecutePolicyCommand.of(command), commandId));
    }
}

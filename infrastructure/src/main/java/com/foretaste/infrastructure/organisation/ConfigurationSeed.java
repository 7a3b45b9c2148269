package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.platform.organisation.OrganisationCommand;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.platform.CommandOutcome;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.Map;

/**
 * How configuration seeds the registers of a fresh platform (the directory, the guarantors' net assets): each entry
 * is an organisation command sent as the system, under one correlation id, so audit shows them as one seed, and with
 * a command id derived from the entry, so a second start or a second node starting at the same moment records it once.
 */
public final class ConfigurationSeed {

    private static final String CORRELATION = "directory-seed";

    private ConfigurationSeed() {
    }

    /** Sends {@code command} as the seed's entry {@code entry}; a refusal comes as a {@link CommandRejectedException} for
     * the caller to explain. */
    public static CommandOutcome send(CommandGateway gateway, OrganisationCommand command, String entry) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(ExecuteOrganisationCommand.of(command))
                .andMetaData(Map.of(MetadataKeys.COMMAND_ID, CORRELATION + ":" + entry,
                        MetadataKeys.CORRELATION_ID, CORRELATION)));
    }
}

package com.foretaste.application.insurance;

import com.foretaste.domain.insurance.policy.PolicyCommand;

/**
 * Sends the platform's own commands to policies (port); {@code commandId} is derived from the event that
 * caused it, so a command sent again for the same event is recognised by the platform and not run twice.
 */
public interface PlatformPolicyCommands {

    void send(PolicyCommand.ByPlatform command, String commandId);
}

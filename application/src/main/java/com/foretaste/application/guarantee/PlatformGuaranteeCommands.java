package com.foretaste.application.guarantee;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand;

/**
 * Sends the platform's own commands to guarantees (port); {@code commandId} is derived from the event that caused
 * it, so a command sent again for the same event is recognised by the platform and not run twice.
 */
public interface PlatformGuaranteeCommands {

    void send(GuaranteeCommand.ByPlatform command, String commandId);
}

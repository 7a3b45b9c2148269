package com.foretaste.testinstrument;

import com.foretaste.domain.shared.OrganisationId;

public sealed interface PledgeCommand {

    String pledgeId();

    record MakePledge(String pledgeId, OrganisationId pledger, OrganisationId beneficiary, String promise)
            implements PledgeCommand {
    }

    record ReaffirmPledge(String pledgeId) implements PledgeCommand {
    }

    record HonourPledge(String pledgeId) implements PledgeCommand {
    }
}

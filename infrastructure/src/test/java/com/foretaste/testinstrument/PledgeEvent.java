package com.foretaste.testinstrument;

import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;

public sealed interface PledgeEvent {

    String pledgeId();

    record PledgeMade(String pledgeId, OrganisationId pledger, OrganisationId beneficiary, String promise,
                      LocalDate on) implements PledgeEvent {
    }

    record PledgeReaffirmed(String pledgeId, LocalDate on) implements PledgeEvent {
    }

    record PledgeHonoured(String pledgeId, LocalDate on) implements PledgeEvent {
    }
}

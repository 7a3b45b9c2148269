package com.foretaste.testinstrument;

import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;

public sealed interface PledgeState {

    record None() implements PledgeState {
    }

    record Open(OrganisationId pledger, OrganisationId beneficiary, String promise, LocalDate madeOn,
                int reaffirmations) implements PledgeState {
    }

    record Honoured(OrganisationId pledger, OrganisationId beneficiary, String promise, LocalDate madeOn,
                    int reaffirmations, LocalDate honouredOn) implements PledgeState {
    }
}

package com.foretaste.testinstrument;

import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.testinstrument.PledgeCommand.HonourPledge;
import com.foretaste.testinstrument.PledgeCommand.MakePledge;
import com.foretaste.testinstrument.PledgeCommand.ReaffirmPledge;
import com.foretaste.testinstrument.PledgeEvent.PledgeHonoured;
import com.foretaste.testinstrument.PledgeEvent.PledgeMade;
import com.foretaste.testinstrument.PledgeEvent.PledgeReaffirmed;
import com.foretaste.testinstrument.PledgeState.Honoured;
import com.foretaste.testinstrument.PledgeState.None;
import com.foretaste.testinstrument.PledgeState.Open;

import java.time.LocalDate;
import java.util.Set;

/** A pledge is made once, may be reaffirmed while open, and is honoured once. */
public final class Pledge {

    private Pledge() {
    }

    public static Decision<PledgeEvent> decide(PledgeCommand command, PledgeState state, LocalDate today) {
        return switch (command) {
            case MakePledge c when state instanceof None ->
                    Decision.accept(new PledgeMade(c.pledgeId(), c.pledger(), c.beneficiary(), c.promise(), today));
            case ReaffirmPledge c when state instanceof Open -> Decision.accept(new PledgeReaffirmed(c.pledgeId(), today));
            case HonourPledge c when state instanceof Open -> Decision.accept(new PledgeHonoured(c.pledgeId(), today));
            default -> Decision.reject(Rejection.notAllowedIn(state.getClass().getSimpleName(), "pledge-life",
                    "a pledge is made once, reaffirmed while open and honoured once"));
        };
    }

    public static PledgeState evolve(PledgeState state, PledgeEvent event) {
        return switch (event) {
            case PledgeMade e -> new Open(e.pledger(), e.beneficiary(), e.promise(), e.on(), 0);
            case PledgeReaffirmed e when state instanceof Open o ->
                    new Open(o.pledger(), o.beneficiary(), o.promise(), o.madeOn(), o.reaffirmations() + 1);
            case PledgeHonoured e when state instanceof Open o ->
                    new Honoured(o.pledger(), o.beneficiary(), o.promise(), o.madeOn(), o.reaffirmations(), e.on());
            default -> state;
        };
    }

    public static Set<OrganisationId> parties(PledgeState state) {
        return switch (state) {
            case None n -> Set.of();
            case Open o -> Set.of(o.pledger(), o.beneficiary());
            case Honoured h -> Set.of(h.pledger(), h.beneficiary());
        };
    }
}

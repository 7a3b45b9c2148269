package com.foretaste.infrastructure.licensing;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.licensing.agreement.EquitySwap;
import com.foretaste.domain.licensing.agreement.Licence;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.licensing.agreement.States;
import com.foretaste.domain.licensing.agreement.Terms;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/** An agreement as the API shows it: state, parties, patents, terms, trial, licence, version. */
public record AgreementView(String id, AgreementStatus state, Party licensor, Party licensee, List<String> patents,
                     Terms terms, LocalDate proposedOn, TrialView trial, List<FindingView> trialFindings,
                     LicenceView licence, EndView ended, long version) {

    record Party(String id, String name) {
    }

    /** The trial runs from {@code startsOn} through {@code endsOn}; the decision window closes after {@code decisionWindowEndsOn}. */
    record TrialView(LocalDate startsOn, LocalDate endsOn, LocalDate decisionWindowEndsOn) {
    }

    record FindingView(LocalDate reportedOn, String summary, List<String> measuredResults) {
    }

    record LicenceView(LocalDate licensedOn, boolean converted, LocalDate termStartsOn, LocalDate termEndsOn,
                       Money principalOutstanding, Money credit, LocalDate defaultedOn, List<EquitySwap> equitySwaps) {
    }

    /** How and when an agreement ended, for the final states. */
    record EndView(LocalDate on, String reason) {
    }

    public static AgreementView of(AgreementHistory.Loaded loaded, OrganisationDirectory directory) {
        AgreementState state = loaded.state();
        Offer offer = States.offer(state);
        return new AgreementView(offer.agreementId().toString(), state.status(),
                party(offer.licensor(), directory), party(offer.licensee(), directory),
                offer.patents().stream().map(PatentNumber::value).toList(), offer.terms(), States.proposedOn(state),
                trial(state, offer.terms()), findings(loaded), licence(state), ended(state), loaded.version());
    }

    private static Party party(OrganisationId id, OrganisationDirectory directory) {
        return new Party(id.toString(), directory.find(id).map(Organisation::name).orElse(null));
    }

    private static TrialView trial(AgreementState state, Terms terms) {
        DateRange trial = States.trial(state);
        if (trial == null) {
            return null;
        }
        LocalDate endsOn = trial.lastDay();
        return new TrialView(trial.start(), endsOn, endsOn.plusDays(terms.decisionWindowDays()));
    }

    private static List<FindingView> findings(AgreementHistory.Loaded loaded) {
        return loaded.events().stream().map(e -> e.getPayload())
                .filter(AgreementEvent.TrialFindingsReported.class::isInstance)
                .map(AgreementEvent.TrialFindingsReported.class::cast)
                .map(f -> new FindingView(f.reportedOn(), f.summary(), f.measuredResults())).toList();
    }

    private static LicenceView licence(AgreementState state) {
        Licence licence = States.licence(state);
        if (licence == null) {
            return null;
        }
        LocalDate defaultedOn = state instanceof AgreementState.Defaulted d ? d.defaulted().on() : null;
        return new LicenceView(licence.licensedOn(), licence.converted(), licence.term().start(), licence.term().lastDay(),
                licence.ledger().principalOutstanding(), licence.ledger().credit(), defaultedOn, licence.swaps());
    }

    private static EndView ended(AgreementState state) {
        return switch (state) {
            case AgreementState.Withdrawn s -> new EndView(s.withdrawnOn(), s.reason());
            case AgreementState.Released s -> new EndView(s.releasedOn(), s.reason());
            case AgreementState.Lapsed s -> new EndView(s.lapsedOn(), "no decision within the decision window");
            case AgreementState.Terminated s -> new EndView(s.terminatedOn(),
                    (s.forDefault() ? "terminated for default" : "terminated by mutual consent")
                            + (s.reason().isBlank() ? "" : ": " + s.reason()));
            case AgreementState.Completed s -> new EndView(s.completedOn(), "licence term completed");
            default -> null;
        };
    }
}

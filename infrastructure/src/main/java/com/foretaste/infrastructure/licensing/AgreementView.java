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
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An agreement as the API shows it: state, parties, patents, terms, trial, licence, and {@code version},
 * the sequence number of its last event.
 */
@Schema(name = "Agreement")
public record AgreementView(@Schema(requiredMode = REQUIRED, format = "uuid") String id,
                            @Schema(requiredMode = REQUIRED) AgreementStatus state,
                            @Schema(requiredMode = REQUIRED) Party licensor,
                            @Schema(requiredMode = REQUIRED) Party licensee,
                            @Schema(requiredMode = REQUIRED) List<String> patents,
                            @Schema(requiredMode = REQUIRED) Terms terms,
                            @Schema(requiredMode = REQUIRED) LocalDate proposedOn, TrialView trial,
                            @Schema(requiredMode = REQUIRED) List<FindingView> trialFindings,
                            LicenceView licence, EndView ended, long version) {

    record Party(@Schema(requiredMode = REQUIRED, format = "uuid") String id, String name) {

        static Party of(OrganisationId id, OrganisationDirectory directory) {
            return new Party(id.toString(), directory.find(id).map(Organisation::name).orElse(null));
        }
    }

    /** The trial runs from {@code startsOn} through {@code endsOn}; the decision window closes after {@code decisionWindowEndsOn}. */
    @Schema(name = "Trial")
    record TrialView(@Schema(requiredMode = REQUIRED) LocalDate startsOn, @Schema(requiredMode = REQUIRED) LocalDate endsOn,
                     LocalDate decisionWindowEndsOn) {
    }

    @Schema(name = "TrialFinding")
    record FindingView(LocalDate reportedOn, String summary, List<String> measuredResults) {
    }

    @Schema(name = "Licence")
    record LicenceView(LocalDate licensedOn, boolean converted, LocalDate termStartsOn, LocalDate termEndsOn,
                       Money principalOutstanding, Money credit, LocalDate defaultedOn, List<EquitySwap> equitySwaps) {
    }

    /** How and when an agreement ended, for the final states. */
    @Schema(name = "Ending")
    record EndView(LocalDate on, String reason) {
    }

    public static AgreementView of(AgreementHistory.Loaded loaded, OrganisationDirectory directory) {
        return of(loaded.state(), loaded.events().stream().map(e -> e.getPayload())
                .filter(AgreementEvent.TrialFindingsReported.class::isInstance)
                .map(AgreementEvent.TrialFindingsReported.class::cast).toList(), loaded.version(), directory);
    }

    static AgreementView of(AgreementState state, List<AgreementEvent.TrialFindingsReported> findings, long version,
                            OrganisationDirectory directory) {
        Offer offer = States.offer(state);
        return new AgreementView(offer.agreementId().toString(), state.status(),
                Party.of(offer.licensor(), directory), Party.of(offer.licensee(), directory),
                offer.patents().stream().map(PatentNumber::value).toList(), offer.terms(), States.proposedOn(state),
                trial(state, offer.terms()), findings.stream()
                .map(f -> new FindingView(f.reportedOn(), f.summary(), f.measuredResults())).toList(),
                licence(state), ended(state), version);
    }

    private static TrialView trial(AgreementState state, Terms terms) {
        DateRange trial = States.trial(state);
        if (trial == null) {
            return null;
        }
        LocalDate endsOn = trial.lastDay();
        return new TrialView(trial.start(), endsOn, endsOn.plusDays(terms.decisionWindowDays()));
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

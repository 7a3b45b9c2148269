package com.foretaste.infrastructure.licensing;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.licensing.agreement.Terms;
import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/** An agreement as the API shows it: state, parties, patents, terms, trial dates, version. */
record AgreementView(String id, AgreementStatus state, Party licensor, Party licensee, List<String> patents,
                     Terms terms, LocalDate proposedOn, TrialView trial, WithdrawalView withdrawal, long version) {

    record Party(String id, String name) {
    }

    /** The trial runs from {@code startsOn} through {@code endsOn}; the decision window opens the day after. */
    record TrialView(LocalDate startsOn, LocalDate endsOn, LocalDate decisionWindowEndsOn) {
    }

    record WithdrawalView(LocalDate withdrawnOn, String reason) {
    }

    static AgreementView of(AgreementHistory.Loaded loaded, OrganisationDirectory directory) {
        AgreementState state = loaded.state();
        Offer offer = AgreementHistory.offerOf(state);
        return new AgreementView(offer.agreementId().toString(), state.status(),
                party(offer.licensor(), directory), party(offer.licensee(), directory),
                offer.patents().stream().map(PatentNumber::value).toList(), offer.terms(), proposedOn(state),
                trial(state), withdrawal(state), loaded.version());
    }

    private static Party party(OrganisationId id, OrganisationDirectory directory) {
        return new Party(id.toString(), directory.find(id).map(Organisation::name).orElse(null));
    }

    private static LocalDate proposedOn(AgreementState state) {
        return switch (state) {
            case AgreementState.Proposed s -> s.proposedOn();
            case AgreementState.Withdrawn s -> s.proposedOn();
            case AgreementState.Trial s -> s.proposedOn();
            case AgreementState.None none -> null;
        };
    }

    private static TrialView trial(AgreementState state) {
        if (state instanceof AgreementState.Trial t) {
            LocalDate endsOn = t.trial().lastDay();
            return new TrialView(t.trial().start(), endsOn,
                    endsOn.plusDays(t.offer().terms().decisionWindowDays()));
        }
        return null;
    }

    private static WithdrawalView withdrawal(AgreementState state) {
        return state instanceof AgreementState.Withdrawn w ? new WithdrawalView(w.withdrawnOn(), w.reason()) : null;
    }
}

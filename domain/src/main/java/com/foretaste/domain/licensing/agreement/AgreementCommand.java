package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What parties, and the platform's end-of-day run, ask of a licence agreement. The acting
 * organisation is part of every party's command; the agreement decides whether it may act.
 */
public sealed interface AgreementCommand {

    AgreementId agreementId();

    /** The licensor offers patents to a licensee for a trial on the given terms. */
    record ProposeAgreement(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                            List<PatentNumber> patents, Terms terms) implements AgreementCommand {
        public ProposeAgreement {
            patents = List.copyOf(patents);
        }
    }

    /** The licensor takes back a proposal that has not been accepted; the reason may be empty. */
    record WithdrawProposal(AgreementId agreementId, OrganisationId actingOrganisation, String reason)
            implements AgreementCommand {
    }

    /** The licensee named in the proposal accepts it; the trial starts that business date. */
    record AcceptTrial(AgreementId agreementId, OrganisationId actingOrganisation) implements AgreementCommand {
    }

    /** The licensor consents to the licensee's request (quoted) to lengthen the trial. */
    record ExtendTrial(AgreementId agreementId, OrganisationId actingOrganisation, int additionalMonths,
                       String licenseeRequest) implements AgreementCommand {
    }

    record ReportTrialFindings(AgreementId agreementId, OrganisationId actingOrganisation, String summary,
                               List<String> measuredResults) implements AgreementCommand {
        public ReportTrialFindings {
            measuredResults = measuredResults == null ? List.of() : List.copyOf(measuredResults);
        }
    }

    record PurchaseLicence(AgreementId agreementId, OrganisationId actingOrganisation) implements AgreementCommand {
    }

    record WalkAway(AgreementId agreementId, OrganisationId actingOrganisation, String reason)
            implements AgreementCommand {
    }

    /** The licensor records money received from the licensee on the business date. */
    record RecordPayment(AgreementId agreementId, OrganisationId actingOrganisation, String reference, Money amount)
            implements AgreementCommand {
    }

    record ReportRoyalty(AgreementId agreementId, OrganisationId actingOrganisation, DateRange period,
                         Money netSales) implements AgreementCommand {
    }

    record ProposeEquitySwap(AgreementId agreementId, OrganisationId actingOrganisation, String swapId, long shares,
                             BigDecimal pricePerShare, long sharesOutstandingAfter, List<Integer> applyTo)
            implements AgreementCommand {
        public ProposeEquitySwap {
            applyTo = applyTo == null ? List.of() : List.copyOf(applyTo);
        }
    }

    record AcceptEquitySwap(AgreementId agreementId, OrganisationId actingOrganisation, String swapId)
            implements AgreementCommand {
    }

    record TerminateForDefault(AgreementId agreementId, OrganisationId actingOrganisation, String reason)
            implements AgreementCommand {
    }

    /** One party asks to end the licence by consent; the same command from the other party ends it. */
    record AgreeTermination(AgreementId agreementId, OrganisationId actingOrganisation, String reason)
            implements AgreementCommand {
    }

    /** The end-of-day run: apply what the arrival of {@code date} means (due, overdue, default, ...). */
    record ObserveBusinessDate(AgreementId agreementId, LocalDate date, DelinquencyAgeing ageing)
            implements AgreementCommand {
    }
}

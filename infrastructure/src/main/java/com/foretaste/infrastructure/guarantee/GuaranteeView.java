package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.Call;
import com.foretaste.domain.guarantee.financing.CounterGuarantee;
import com.foretaste.domain.guarantee.financing.FeeInstalment;
import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeFile;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.domain.guarantee.financing.GuaranteeTerms;
import com.foretaste.domain.guarantee.financing.NotedDefault;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A financing guarantee as its parties see it: terms, fee, the obligor's outstanding amount and the exposure it
 * gives (what the guarantor would pay if called now), the liability counted against its limits, the defaults
 * noted and the call with its reimbursements, refund, recoveries and write-off.
 */
@Schema(name = "Guarantee")
record GuaranteeView(@Schema(requiredMode = REQUIRED, format = "uuid") String id,
                     @Schema(requiredMode = REQUIRED, format = "uuid") String agreementId,
                     @Schema(requiredMode = REQUIRED) String state, long version,
                     @Schema(requiredMode = REQUIRED) GuaranteeParty guarantor,
                     @Schema(requiredMode = REQUIRED) GuaranteeParty beneficiary,
                     @Schema(requiredMode = REQUIRED) GuaranteeParty obligor,
                     @Schema(requiredMode = REQUIRED) Money cap, Rate coverageRatio, Rate annualFeeRate,
                     LocalDate termStart, LocalDate termEnd, String programme, List<PartnerView> partners,
                     CounterGuarantee counterGuarantee, Money secondApprovalAbove, LocalDate requestedOn,
                     String requestedBy, LocalDate issuedOn, List<InstalmentView> fee, Money feeTotal, Money feePaid,
                     Money outstanding, Money exposure, Money liability, List<DefaultView> defaults, CallView call) {

    @Schema(name = "GuaranteeParty")
    record GuaranteeParty(@Schema(requiredMode = REQUIRED, format = "uuid") String id, String name) {
        static GuaranteeParty of(OrganisationId id, OrganisationDirectory directory) {
            return id == null ? null : new GuaranteeParty(id.toString(), directory.find(id).map(Organisation::name).orElse(null));
        }
    }

    /** A risk-sharing partner of the guarantee's programme and the share of every honoured amount it reimburses. */
    @Schema(name = "RiskSharingPartner")
    record PartnerView(@Schema(requiredMode = REQUIRED) String partner, @Schema(requiredMode = REQUIRED) Rate share) {
    }

    @Schema(name = "FeeInstalment")
    record InstalmentView(int number, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, Money amount,
                          Money unpaid, boolean overdue) {
    }

    @Schema(name = "GuaranteedDefault")
    record DefaultView(@Schema(requiredMode = REQUIRED) LocalDate defaultedOn, Money principal, Money interest, Money loss,
                       LocalDate curedOn, Money indemnity) {
        static DefaultView of(NotedDefault d) {
            return new DefaultView(d.defaultedOn(), d.principal(), d.interest(), d.loss(), d.curedOn(), d.indemnity());
        }
    }

    /** An amount one party bears, owes or received, by its code (guarantor, a partner's code). */
    @Schema(name = "PartyAmount")
    record PartyAmount(@Schema(requiredMode = REQUIRED) String party, @Schema(requiredMode = REQUIRED) Money amount) {
        static List<PartyAmount> of(List<Share> shares) {
            return shares.stream().map(s -> new PartyAmount(s.party(), s.amount())).toList();
        }
    }

    @Schema(name = "GuaranteeCallState")
    record CallView(@Schema(requiredMode = REQUIRED, format = "uuid") String id, LocalDate defaultedOn, Money loss,
                    LocalDate calledOn, String calledBy, Money indemnity, Money assessed, String assessedBy,
                    Money honoured, LocalDate honouredOn, String honouredBy, Money share, Money refundDue, Money refunded,
                    List<PartyAmount> reimbursementsOwed, List<PartyAmount> reimbursed, List<PartyAmount> recoveries,
                    Money recovered, Money writtenOff, Money recoverable) {
        static CallView of(Call c) {
            return c == null ? null : new CallView(c.callId().toString(), c.defaultedOn(), c.loss(), c.calledOn(),
                    c.calledBy(), c.indemnity(), c.assessed(), c.assessedBy(), c.honoured(), c.honouredOn(), c.honouredBy(),
                    c.share(), c.refundDue(), c.refunded(), PartyAmount.of(c.reimbursementsOwed()),
                    PartyAmount.of(c.reimbursed()), PartyAmount.of(c.recoveries()), c.recovered(), c.writtenOff(),
                    c.recoverable());
        }
    }

    static GuaranteeView of(String id, long version, GuaranteeState state, OrganisationDirectory directory) {
        GuaranteeFile f = FinancingGuarantee.file(state).orElseThrow(() -> new IllegalStateException("no guarantee " + id));
        GuaranteeTerms t = f.terms();
        return new GuaranteeView(id, t.agreementId().toString(), state.status().name(), version,
                GuaranteeParty.of(t.guarantor(), directory), GuaranteeParty.of(t.beneficiary(), directory),
                GuaranteeParty.of(t.obligor(), directory), t.cap(), t.coverageRatio(), t.annualFeeRate(), t.term().start(),
                t.term().lastDay(), t.programme().programme(),
                t.programme().partners().stream().map(p -> new PartnerView(p.partner(), p.share())).toList(),
                t.counterGuarantee(), t.secondApprovalAbove(), f.requestedOn(), f.requestedBy(), f.issuedOn(),
                f.fee().stream().map(i -> instalment(f, i)).toList(), f.feeTotal(), f.feePaid(), f.outstanding(),
                FinancingGuarantee.exposure(state), FinancingGuarantee.liability(state),
                f.defaults().stream().map(DefaultView::of).toList(), CallView.of(f.call()));
    }

    private static InstalmentView instalment(GuaranteeFile f, FeeInstalment i) {
        return new InstalmentView(i.number(), i.period().start(), i.period().lastDay(), i.dueOn(), i.amount(), f.unpaid(i),
                f.feeOverdue().contains(i.number()));
    }
}

package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.guarantee.DefaultLosses;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.loss.Settlement;
import com.foretaste.domain.guarantee.loss.Waterfall;
import com.foretaste.domain.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The allocation of every default of an agreement: who bears how much, what was paid, what is still to move. */
@Schema(name = "AgreementLosses")
record LossesView(@Schema(requiredMode = REQUIRED, format = "uuid") String agreementId,
                  @Schema(requiredMode = REQUIRED) List<DefaultLoss> defaults) {

    /**
     * One default: the loss, the waterfall's shares (insurer, guarantor and of it each partner and what the guarantor
     * keeps, licensor), what each payer paid so far, the transfers still due for the payments to match the shares,
     * and the recoveries the guarantor recorded on its call, shared with its partners.
     */
    @Schema(name = "DefaultLoss")
    record DefaultLoss(@Schema(requiredMode = REQUIRED) LocalDate defaultedOn, Money principal, Money interest,
                       @Schema(requiredMode = REQUIRED) Money loss, LocalDate curedOn, String guaranteeId,
                       @Schema(requiredMode = REQUIRED) Allocation allocation, @Schema(requiredMode = REQUIRED) Paid paid,
                       @Schema(requiredMode = REQUIRED) List<TransferView> transfers, boolean settled,
                       List<GuaranteeView.PartyAmount> recoveries, Money writtenOff) {

        static DefaultLoss of(DefaultLosses.Loss l) {
            DefaultLosses.AgreementDefault d = l.agreementDefault();
            return new DefaultLoss(d.defaultedOn(), d.principal(), d.interest(), d.loss(), d.curedOn(),
                    l.guarantee().map(DefaultLosses.GuaranteeFacts::guaranteeId).orElse(null), Allocation.of(l.waterfall()),
                    new Paid(l.paid().insurer(), l.paid().guarantor(), GuaranteeView.PartyAmount.of(l.paid().reimbursed())),
                    l.transfers().stream().map(TransferView::of).toList(), l.settled(),
                    GuaranteeView.PartyAmount.of(l.guarantee().map(g -> DefaultLosses.byParty(g.recoveries()))
                            .orElse(List.<Share>of())),
                    l.guarantee().map(DefaultLosses.GuaranteeFacts::writtenOff).orElse(null));
        }
    }

    /** The waterfall: the insurer's indemnity, the guarantor's payment (of which each partner's share and what it keeps), the licensor's rest. */
    @Schema(name = "LossAllocation")
    record Allocation(@Schema(requiredMode = REQUIRED) Money insurer, @Schema(requiredMode = REQUIRED) Money guarantor,
                      @Schema(requiredMode = REQUIRED) List<GuaranteeView.PartyAmount> partners,
                      @Schema(requiredMode = REQUIRED) Money guarantorRetained,
                      @Schema(requiredMode = REQUIRED) Money licensor,
                      @Schema(requiredMode = REQUIRED) List<GuaranteeView.PartyAmount> borne) {
        static Allocation of(Waterfall w) {
            return new Allocation(w.insurer(), w.guarantor(), GuaranteeView.PartyAmount.of(w.partners()), w.guarantorRetained(),
                    w.licensor(), GuaranteeView.PartyAmount.of(w.borne()));
        }
    }

    /** Paid so far: by the insurer and the guarantor to the licensor (net of refunds), by each partner to the guarantor. */
    @Schema(name = "LossPayments")
    record Paid(@Schema(requiredMode = REQUIRED) Money insurer, @Schema(requiredMode = REQUIRED) Money guarantor,
                @Schema(requiredMode = REQUIRED) List<GuaranteeView.PartyAmount> reimbursed) {
    }

    @Schema(name = "LossTransfer")
    record TransferView(@Schema(requiredMode = REQUIRED) String from, @Schema(requiredMode = REQUIRED) String to,
                        @Schema(requiredMode = REQUIRED) Money amount) {
        static TransferView of(Settlement.Transfer t) {
            return new TransferView(t.from(), t.to(), t.amount());
        }
    }
}

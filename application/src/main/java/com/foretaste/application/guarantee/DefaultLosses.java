package com.foretaste.application.guarantee;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.loss.GuaranteeCover;
import com.foretaste.domain.guarantee.loss.LossAllocation;
import com.foretaste.domain.guarantee.loss.Settlement;
import com.foretaste.domain.guarantee.loss.Waterfall;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who bears how much of one default of an agreement, and what is still to move for the payments so far to leave
 * each party its share: the waterfall of {@link LossAllocation} over the loss, the indemnities the insurers paid on
 * the default and the guarantee that noted it (its cap being what it honoured once it honoured the call, so the
 * share is the one its settlement gave it), and the transfers of {@link Settlement} from what the insurer and the
 * guarantor paid the licensor (net of the licensor's refund) and what the partners reimbursed the guarantor (net of
 * what it paid them back). With more than one guarantee on a default, the first one requested covers it here.
 */
public final class DefaultLosses {

    /** A default of the agreement as the agreement recorded it; {@code curedOn} null while not cured. */
    public record AgreementDefault(LocalDate defaultedOn, Money principal, Money interest, LocalDate curedOn) {
        public Money loss() {
            return principal.plus(interest);
        }
    }

    /** What a guarantee knows of the default: its cover, and what was paid, reimbursed and recovered on its call. */
    public record GuaranteeFacts(String guaranteeId, Rate ratio, Money exposure, RiskSharing sharing, Money honoured,
                                 Money refunded, List<Share> reimbursed, List<Share> recoveries, Money writtenOff) {
        public GuaranteeFacts {
            Objects.requireNonNull(ratio, "ratio");
            reimbursed = List.copyOf(reimbursed);
            recoveries = List.copyOf(recoveries);
        }
    }

    /** One default's allocation, the money moved so far and the transfers still due. */
    public record Loss(AgreementDefault agreementDefault, Money indemnityPaid, Optional<GuaranteeFacts> guarantee,
                       Waterfall waterfall, Settlement.Paid paid, List<Settlement.Transfer> transfers) {
        public boolean settled() {
            return transfers.isEmpty();
        }
    }

    private DefaultLosses() {
    }

    public static Loss of(AgreementDefault d, Money indemnityPaid, Optional<GuaranteeFacts> guarantee) {
        Money loss = d.loss();
        Money indemnity = indemnityPaid.compareTo(loss) > 0 ? loss : indemnityPaid;
        Waterfall waterfall = LossAllocation.allocate(loss, indemnity, guarantee.map(g -> new GuaranteeCover(g.ratio(),
                g.exposure(), g.sharing())));
        Money zero = Money.zero(loss.currency());
        Settlement.Paid paid = new Settlement.Paid(indemnity, guarantee.map(g -> g.honoured().minus(g.refunded())).orElse(zero),
                guarantee.map(g -> byParty(g.reimbursed())).orElse(List.of()));
        return new Loss(d, indemnity, guarantee, waterfall, paid, Settlement.settle(waterfall, paid));
    }

    /** The amounts of each party added up, in the order the parties first appear. */
    public static List<Share> byParty(List<Share> shares) {
        Map<String, Money> sums = new LinkedHashMap<>();
        for (Share s : shares) {
            sums.merge(s.party(), s.amount(), Money::plus);
        }
        List<Share> added = new ArrayList<>();
        sums.forEach((party, amount) -> added.add(new Share(party, amount)));
        return List.copyOf(added);
    }
}

package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.guarantee.Parties;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.shared.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * Who bears how much of one default's loss: the insurer its indemnity, the guarantor what it pays (of
 * which each partner reimburses its share and the guarantor keeps the rest), the licensor the remainder.
 * {@code insurer + guarantor + licensor = loss} and {@code partners + guarantorRetained = guarantor}, exactly.
 */
public record Waterfall(Money loss, Money insurer, Money guarantor, List<Share> partners, Money guarantorRetained,
                       Money licensor) {

    public Waterfall {
        partners = List.copyOf(partners);
    }

    /** What each party finally bears, in the waterfall's order: insurer, guarantor (retained), partners, licensor. */
    public List<Share> borne() {
        List<Share> borne = new ArrayList<>();
        borne.add(new Share(Parties.INSURER, insurer));
        borne.add(new Share(Parties.GUARANTOR, guarantorRetained));
        borne.addAll(partners);
        borne.add(new Share(Parties.LICENSOR, licensor));
        return List.copyOf(borne);
    }

    /**
     * A recovery from the licensee shared back to those who bore the loss, in proportion to what each
     * still bears ({@link RecoverySharing}); the licensor takes the rounding remainder.
     */
    public List<Share> shareRecovery(List<Share> recoveredBefore, Money recovery) {
        return RecoverySharing.share(borne(), recoveredBefore, recovery, Parties.LICENSOR);
    }
}

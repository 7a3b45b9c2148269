package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.organisation.RiskRegister;
import com.foretaste.domain.guarantee.financing.GuaranteeTerms;
import com.foretaste.domain.guarantee.limits.GuarantorBook;
import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A guarantor's book for the regulatory limits, read inside the transaction of the approval that checks them:
 * the guarantor's row of net assets is locked first ({@code SELECT ... FOR UPDATE}), so approvals for one guarantor,
 * on any node, check one after the other and each reads the liability every earlier one committed. The net assets
 * are the latest the operator recorded on the guarantor's register; the liability is {@code guarantee_liability},
 * which commits with the guarantee events ({@link GuarantorBookProjection}), in the currency of the net assets,
 * leaving out the guarantee being approved; the obligor's group is the obligor with its related parties.
 */
@Component
class GuarantorBooks {

    private final JdbcTemplate jdbc;
    private final RiskRegister register;

    GuarantorBooks(JdbcTemplate jdbc, RiskRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    /** The book before the guarantee {@code approving}, its guarantor locked until the transaction ends. */
    GuarantorBook lockedBookOf(GuaranteeTerms terms, UUID approving) {
        OrganisationId guarantor = terms.guarantor();
        jdbc.queryForList("SELECT organisation_id FROM guarantor_net_assets WHERE organisation_id = ? FOR UPDATE",
                UUID.class, guarantor.value());
        Optional<NetAssets> recorded = register.netAssets(guarantor);
        Money netAssets = recorded.map(NetAssets::amount).orElse(Money.zero(terms.cap().currency()));
        Currency currency = netAssets.currency();
        List<Object> group = new ArrayList<>();
        group.add(terms.obligor().value());
        register.relatedParties(terms.obligor()).forEach(r -> group.add(r.value()));
        String in = String.join(", ", group.stream().map(g -> "?").toList());
        return new GuarantorBook(netAssets, recorded.map(NetAssets::servesMainlySmallAndMicro).orElse(false),
                sum("", currency, guarantor, approving, List.of()),
                sum(" AND obligor_id = ?", currency, guarantor, approving, List.of(terms.obligor().value())),
                sum(" AND obligor_id IN (" + in + ")", currency, guarantor, approving, group));
    }

    private Money sum(String where, Currency currency, OrganisationId guarantor, UUID leavingOut, List<Object> more) {
        List<Object> args = new ArrayList<>(List.of(guarantor.value(), currency.getCurrencyCode(), leavingOut));
        args.addAll(more);
        BigDecimal sum = jdbc.queryForObject("SELECT COALESCE(SUM(liability), 0) FROM guarantee_liability"
                + " WHERE guarantor_id = ? AND currency = ? AND guarantee_id <> ?" + where, BigDecimal.class, args.toArray());
        return new Money(sum, currency);
    }
}

package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.limits.GuarantorBook;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * A guarantor's book for the regulatory limits: its net assets and whether it serves mainly small and micro firms
 * as configured ({@link GuaranteeProperties}), and its liability outstanding in {@code currency} from the guarantee
 * read model, leaving out the guarantee being approved. No register of related parties exists on the platform yet,
 * so the obligor's group is the obligor alone (docs/domain/guarantees.md).
 */
@Component
class GuarantorBooks {

    private final JdbcTemplate jdbc;
    private final GuaranteeProperties properties;

    GuarantorBooks(JdbcTemplate jdbc, GuaranteeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    GuarantorBook bookOf(OrganisationId guarantor, OrganisationId obligor, Currency currency, UUID leavingOut) {
        Optional<GuaranteeProperties.Guarantor> configured = configured(guarantor);
        Money netAssets = configured.filter(g -> g.netAssets() != null && currencyOf(g).equals(currency))
                .map(g -> new Money(g.netAssets(), currency)).orElse(Money.zero(currency));
        Money total = sum("guarantor_id = ? AND currency = ? AND guarantee_id <> ?", currency, guarantor.value(),
                currency.getCurrencyCode(), leavingOut);
        Money toObligor = sum("guarantor_id = ? AND obligor_id = ? AND currency = ? AND guarantee_id <> ?", currency,
                guarantor.value(), obligor.value(), currency.getCurrencyCode(), leavingOut);
        return new GuarantorBook(netAssets, configured.map(GuaranteeProperties.Guarantor::servesMainlySmallAndMicro)
                .orElse(false), total, toObligor, toObligor);
    }

    /** The configured net assets of the guarantor, if any. */
    Optional<Money> netAssets(OrganisationId guarantor) {
        return configured(guarantor).filter(g -> g.netAssets() != null).map(g -> new Money(g.netAssets(), currencyOf(g)));
    }

    boolean servesMainlySmallAndMicro(OrganisationId guarantor) {
        return configured(guarantor).map(GuaranteeProperties.Guarantor::servesMainlySmallAndMicro).orElse(false);
    }

    private Optional<GuaranteeProperties.Guarantor> configured(OrganisationId guarantor) {
        return properties.guarantors().stream().filter(g -> guarantor.value().equals(g.organisation())).findFirst();
    }

    private static Currency currencyOf(GuaranteeProperties.Guarantor g) {
        return g.currency() == null ? Money.CNY : Money.currency(g.currency());
    }

    private Money sum(String where, Currency currency, Object... args) {
        BigDecimal sum = jdbc.queryForObject("SELECT COALESCE(SUM(liability), 0) FROM guarantee_summary WHERE " + where,
                BigDecimal.class, args);
        return new Money(sum, currency);
    }
}

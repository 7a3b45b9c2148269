package com.foretaste.infrastructure.guarantee;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the operator configures of guarantees ({@code foretaste.guarantees}): the net assets that seed each
 * guarantor's register on a fresh platform ({@link NetAssetsSeed}; after that the operator records them through
 * the API) with the date of the accounts they come from (the business date of the first start when left out)
 * and whether it serves mainly small and micro firms (15x leverage instead of 10x), and the default amount above
 * which honouring a call needs a second person.
 */
@ConfigurationProperties("foretaste.guarantees")
public record GuaranteeProperties(List<Guarantor> guarantors, BigDecimal secondApprovalAbove) {

    public GuaranteeProperties {
        guarantors = guarantors == null ? List.of() : List.copyOf(guarantors);
        secondApprovalAbove = secondApprovalAbove == null ? new BigDecimal("100000.00") : secondApprovalAbove;
    }

    public record Guarantor(UUID organisation, BigDecimal netAssets, String currency, LocalDate asOf,
                            boolean servesMainlySmallAndMicro) {
    }
}

package com.foretaste.infrastructure.guarantee;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the operator configures of guarantees ({@code foretaste.guarantees}): each guarantor's net assets (in the
 * currency of its guarantees; the regulatory limits are multiples of them) and whether it serves mainly small and
 * micro firms (15x leverage instead of 10x), and the default amount above which honouring a call needs a second
 * person. A guarantor without net assets configured approves nothing ({@code net-assets-recorded}).
 */
@ConfigurationProperties("foretaste.guarantees")
public record GuaranteeProperties(List<Guarantor> guarantors, BigDecimal secondApprovalAbove) {

    public GuaranteeProperties {
        guarantors = guarantors == null ? List.of() : List.copyOf(guarantors);
        secondApprovalAbove = secondApprovalAbove == null ? new BigDecimal("100000.00") : secondApprovalAbove;
    }

    public record Guarantor(UUID organisation, BigDecimal netAssets, String currency, boolean servesMainlySmallAndMicro) {
    }
}

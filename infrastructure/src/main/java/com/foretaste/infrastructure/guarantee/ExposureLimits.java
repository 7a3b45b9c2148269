package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.organisation.RiskRegister;
import com.foretaste.domain.guarantee.limits.GuarantorBook;
import com.foretaste.domain.guarantee.limits.RegulatoryLimits;
import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The limits on a guarantor's dashboard: each limit in money for its latest net assets, and how much of it the
 * liability uses (six places, HALF_EVEN): the total against 10x (15x) net assets, the largest obligor's against
 * 10%, and the largest group of an obligor with its related parties against 15%.
 */
final class ExposureLimits {

    private static final int RATE_SCALE = 6;

    private record Largest(UUID obligor, Money liability) {
    }

    private ExposureLimits() {
    }

    static ExposureView.Limits of(NetAssets recorded, Map<UUID, Money> byObligor, Money liability, Money zero,
                                  RiskRegister register) {
        Largest obligor = largest(byObligor, zero);
        Largest group = largest(groups(byObligor, zero, register), zero);
        if (recorded == null) {
            return new ExposureView.Limits(null, null, false, null, null, null, id(obligor), obligor.liability(), null,
                    null, id(group), group.liability(), null);
        }
        Money net = recorded.amount();
        RegulatoryLimits.Limits limits = RegulatoryLimits.of(new GuarantorBook(net, recorded.servesMainlySmallAndMicro(),
                zero, zero, zero));
        return new ExposureView.Limits(net, recorded.asOf(), recorded.servesMainlySmallAndMicro(), limits.leverage(),
                ratio(liability, limits.leverage()), limits.singleObligor(), id(obligor), obligor.liability(),
                ratio(obligor.liability(), limits.singleObligor()), limits.obligorGroup(), id(group), group.liability(),
                ratio(group.liability(), limits.obligorGroup()));
    }

    /** Each obligor's liability together with that of its related parties. */
    private static Map<UUID, Money> groups(Map<UUID, Money> byObligor, Money zero, RiskRegister register) {
        Map<UUID, Money> groups = new HashMap<>();
        byObligor.keySet().forEach(obligor -> {
            Set<UUID> members = new HashSet<>(Set.of(obligor));
            register.relatedParties(new OrganisationId(obligor)).forEach(r -> members.add(r.value()));
            groups.put(obligor, members.stream().map(m -> byObligor.getOrDefault(m, zero)).reduce(zero, Money::plus));
        });
        return groups;
    }

    private static Largest largest(Map<UUID, Money> liabilities, Money zero) {
        return liabilities.entrySet().stream()
                .max(Map.Entry.<UUID, Money>comparingByValue(Money::compareTo).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Largest(e.getKey(), e.getValue())).orElse(new Largest(null, zero));
    }

    private static String id(Largest largest) {
        return largest.obligor() == null ? null : largest.obligor().toString();
    }

    static BigDecimal ratio(Money part, Money whole) {
        return whole == null || !whole.isPositive() ? null
                : part.amount().divide(whole.amount(), RATE_SCALE, RoundingMode.HALF_EVEN);
    }
}

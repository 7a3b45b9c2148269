package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.organisation.RiskRegister;
import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * A guarantor's exposure from the guarantee read models ({@code guarantee_summary}, {@code guarantee_movement}) and
 * the directory (names, industry codes, the latest net assets recorded). Its money is in the currency of the net
 * assets, the only currency a guarantee is approved in ({@code guarantee-in-net-assets-currency}), so no movement
 * is left out; the count of guarantees by state counts every currency. The daily series runs from the first movement (at most
 * {@value #MAX_DAYS} days back) to the business date; each day adds the movements dated on it, so no end-of-day
 * snapshot is needed and a movement recorded late still lands on its own day.
 */
@Component
class GuarantorExposure {

    static final int MAX_DAYS = 3660;

    private final JdbcTemplate jdbc;
    private final RiskRegister register;

    GuarantorExposure(JdbcTemplate jdbc, RiskRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    private record Row(UUID obligor, UUID licensor, String state, Money exposure, Money liability) {
    }

    ExposureView of(UUID guarantorId, LocalDate today) {
        OrganisationId guarantor = new OrganisationId(guarantorId);
        Optional<NetAssets> netAssets = register.netAssets(guarantor);
        Currency currency = netAssets.map(n -> n.amount().currency()).orElse(Money.CNY);
        String code = currency.getCurrencyCode();
        Money zero = Money.zero(currency);
        Map<String, Integer> states = new TreeMap<>();
        jdbc.query("SELECT state, count(*) AS n FROM guarantee_summary WHERE guarantor_id = ? GROUP BY state",
                rs -> { states.put(rs.getString("state"), rs.getInt("n")); }, guarantorId);
        // approvals in another currency than the net assets' are refused, so only requests and declines are left out
        List<Row> rows = jdbc.query("SELECT obligor_id, licensor_id, state, exposure, liability FROM guarantee_summary"
                + " WHERE guarantor_id = ? AND currency = ? ORDER BY guarantee_id", (rs, n) -> new Row(
                rs.getObject("obligor_id", UUID.class), rs.getObject("licensor_id", UUID.class), rs.getString("state"),
                new Money(rs.getBigDecimal("exposure"), currency), new Money(rs.getBigDecimal("liability"), currency)),
                guarantorId, code);
        Map<UUID, String[]> organisations = new HashMap<>();
        jdbc.query("SELECT organisation_id, name, industry_code FROM organisation", rs -> {
            organisations.put(rs.getObject("organisation_id", UUID.class),
                    new String[] {rs.getString("name"), rs.getString("industry_code")});
        });
        Money exposure = rows.stream().map(Row::exposure).reduce(zero, Money::plus);
        Money liability = rows.stream().map(Row::liability).reduce(zero, Money::plus);
        Map<String, Map<LocalDate, Money>> moved = movements(guarantorId, code, currency);
        return new ExposureView(guarantorId.toString(), code, today, exposure, liability, states,
                ExposureLimits.of(netAssets.orElse(null), byObligor(rows, zero), liability, zero, register),
                groups(rows, r -> r.obligor().toString(), organisations, zero, false),
                groups(rows, r -> r.licensor().toString(), organisations, zero, false),
                groups(rows, r -> industry(organisations, r.obligor()), organisations, zero, true),
                figures(moved, zero), series(moved, zero, today));
    }


    private static Map<UUID, Money> byObligor(List<Row> rows, Money zero) {
        Map<UUID, Money> byObligor = new HashMap<>();
        rows.forEach(r -> byObligor.merge(r.obligor(), r.liability(), Money::plus));
        return byObligor;
    }

    private static List<ExposureView.Group> groups(List<Row> rows, Function<Row, String> key, Map<UUID, String[]> organisations,
                                                   Money zero, boolean industry) {
        Map<String, Money[]> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Row r : rows) {
            Money[] sum = sums.computeIfAbsent(key.apply(r), k -> new Money[] {zero, zero});
            sum[0] = sum[0].plus(r.exposure());
            sum[1] = sum[1].plus(r.liability());
            counts.merge(key.apply(r), 1, Integer::sum);
        }
        List<ExposureView.Group> groups = new ArrayList<>();
        sums.forEach((k, sum) -> groups.add(new ExposureView.Group(k, industry ? null : name(organisations, k), sum[0],
                sum[1], counts.get(k))));
        groups.sort(Comparator.comparing(ExposureView.Group::liability, Money::compareTo).reversed()
                .thenComparing(ExposureView.Group::key));
        return groups;
    }

    private static String name(Map<UUID, String[]> organisations, String id) {
        String[] org = organisations.get(UUID.fromString(id));
        return org == null ? null : org[0];
    }

    private static String industry(Map<UUID, String[]> organisations, UUID obligor) {
        String[] org = organisations.get(obligor);
        return org == null || org[1] == null ? "" : org[1];
    }

    /** Kind -> day -> amount moved that day. */
    private Map<String, Map<LocalDate, Money>> movements(UUID guarantorId, String code, Currency currency) {
        Map<String, Map<LocalDate, Money>> moved = new HashMap<>();
        jdbc.query("SELECT kind, moved_on, SUM(amount) AS amount FROM guarantee_movement WHERE guarantor_id = ?"
                + " AND currency = ? GROUP BY kind, moved_on", rs -> {
            moved.computeIfAbsent(rs.getString("kind"), k -> new TreeMap<>()).put(rs.getObject("moved_on", LocalDate.class),
                    new Money(rs.getBigDecimal("amount"), currency));
        }, guarantorId, code);
        return moved;
    }

    private static Money total(Map<String, Map<LocalDate, Money>> moved, String kind, Money zero) {
        return moved.getOrDefault(kind, Map.of()).values().stream().reduce(zero, Money::plus);
    }

    private static ExposureView.Figures figures(Map<String, Map<LocalDate, Money>> moved, Money zero) {
        Money issued = total(moved, GuaranteeMovements.ISSUED, zero);
        Money honoured = total(moved, GuaranteeMovements.HONOURED, zero);
        Money refunded = total(moved, GuaranteeMovements.REFUNDED, zero);
        Money writtenOff = total(moved, GuaranteeMovements.WRITTEN_OFF, zero);
        return new ExposureView.Figures(issued, total(moved, GuaranteeMovements.CALLED, zero), honoured,
                total(moved, GuaranteeMovements.REIMBURSED, zero), refunded, total(moved, GuaranteeMovements.RECOVERED, zero),
                total(moved, GuaranteeMovements.RECOVERED_OWN, zero), writtenOff, ExposureLimits.ratio(honoured.minus(refunded), issued),
                ExposureLimits.ratio(writtenOff, issued));
    }

    private static List<ExposureView.Day> series(Map<String, Map<LocalDate, Money>> moved, Money zero, LocalDate today) {
        LocalDate first = moved.values().stream().flatMap(m -> m.keySet().stream()).min(LocalDate::compareTo).orElse(today);
        LocalDate start = first.isBefore(today.minusDays(MAX_DAYS)) ? today.minusDays(MAX_DAYS) : first;
        String[] kinds = {GuaranteeMovements.EXPOSURE, GuaranteeMovements.CALLED, GuaranteeMovements.HONOURED,
                GuaranteeMovements.REIMBURSED, GuaranteeMovements.REFUNDED, GuaranteeMovements.RECOVERED,
                GuaranteeMovements.WRITTEN_OFF};
        Money[] running = new Money[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            running[k] = zero;
            for (Map.Entry<LocalDate, Money> e : moved.getOrDefault(kinds[k], Map.of()).entrySet()) {
                if (e.getKey().isBefore(start)) {
                    running[k] = running[k].plus(e.getValue());
                }
            }
        }
        List<ExposureView.Day> days = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(today) || days.isEmpty(); day = day.plusDays(1)) {
            for (int k = 0; k < kinds.length; k++) {
                Money that = moved.getOrDefault(kinds[k], Map.of()).get(day);
                if (that != null) {
                    running[k] = running[k].plus(that);
                }
            }
            days.add(new ExposureView.Day(day, running[0], running[1], running[2], running[3], running[4], running[5],
                    running[6]));
        }
        return days;
    }
}

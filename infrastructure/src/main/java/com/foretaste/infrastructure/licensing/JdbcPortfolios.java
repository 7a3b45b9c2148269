package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.AgreementFinance;
import com.foretaste.application.licensing.Portfolio;
import com.foretaste.application.licensing.Portfolios;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.platform.WriteBehind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcPortfolios implements Portfolios {

    private static final List<String> RUNNING = List.of(AgreementStatus.TRIAL.name(), AgreementStatus.DECISION_PENDING.name());
    private static final List<String> LICENSED = List.of(AgreementStatus.LICENSED.name(), AgreementStatus.DEFAULTED.name(),
            AgreementStatus.TERMINATED.name(), AgreementStatus.COMPLETED.name());
    private static final List<String> WALKED_OR_LAPSED = List.of(AgreementStatus.RELEASED.name(), AgreementStatus.LAPSED.name());

    private final NamedParameterJdbcTemplate jdbc;
    /** Rows written once per transaction, in batches (see {@link WriteBehind}); stakes after the totals. */
    private final WriteBehind<AgreementId, AgreementFinance> finances;
    private final WriteBehind<StakeKey, Portfolio.Stake> stakes;

    private record StakeKey(AgreementId agreement, String swap) {
    }

    JdbcPortfolios(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.finances = new WriteBehind<>(1, new WriteBehind.Rows<>() {
            @Override
            public Map<AgreementId, AgreementFinance> load(Collection<AgreementId> ids) {
                Map<AgreementId, AgreementFinance> found = new HashMap<>();
                jdbc.query("SELECT * FROM agreement_finance WHERE agreement_id IN (:ids)",
                        Map.of("ids", ids.stream().map(AgreementId::value).toList()), (rs, i) -> finance(rs))
                        .forEach(f -> found.put(f.agreementId(), f));
                return found;
            }

            @Override
            public void insert(List<AgreementFinance> rows) {
                jdbc.batchUpdate("INSERT INTO agreement_finance (agreement_id, licensor_id, licensee_id, currency, fell_due,"
                        + " received, converted, last_sequence) VALUES (:id, :licensor, :licensee, :currency, :due,"
                        + " :received, :converted, :seq)", financeParameters(rows));
            }

            @Override
            public int[] update(List<AgreementFinance> rows) {
                return jdbc.batchUpdate("UPDATE agreement_finance SET fell_due = :due, received = :received,"
                        + " converted = :converted, last_sequence = :seq WHERE agreement_id = :id", financeParameters(rows));
            }
        });
        this.stakes = new WriteBehind<>(2, new WriteBehind.Rows<>() {
            @Override
            public Map<StakeKey, Portfolio.Stake> load(Collection<StakeKey> keys) {
                // few swaps per agreement: read the agreements' stakes and keep those asked for
                Map<StakeKey, Portfolio.Stake> found = new HashMap<>();
                jdbc.query("SELECT * FROM equity_stake WHERE agreement_id IN (:ids)",
                        Map.of("ids", keys.stream().map(k -> k.agreement().value()).distinct().toList()), (rs, i) -> stake(rs))
                        .forEach(s -> found.put(new StakeKey(s.agreementId(), s.swapId()), s));
                found.keySet().retainAll(keys);
                return found;
            }

            @Override
            public void insert(List<Portfolio.Stake> rows) {
                jdbc.batchUpdate("INSERT INTO equity_stake (agreement_id, swap_id, licensee_id, shares, amount, currency,"
                        + " stake, agreed_on) VALUES (:id, :swap, :licensee, :shares, :amount, :currency, :stake, :agreedOn)",
                        stakeParameters(rows));
            }

            @Override
            public int[] update(List<Portfolio.Stake> rows) {
                return jdbc.batchUpdate("UPDATE equity_stake SET agreed_on = :agreedOn WHERE agreement_id = :id"
                        + " AND swap_id = :swap", stakeParameters(rows));
            }
        });
    }

    @Override
    public Optional<AgreementFinance> find(AgreementId id) {
        return finances.find(id);
    }

    @Override
    public void save(AgreementFinance f) {
        finances.save(f.agreementId(), f);
    }

    @Override
    public void saveStake(Portfolio.Stake s) {
        stakes.save(new StakeKey(s.agreementId(), s.swapId()), s);
    }

    @Override
    public Optional<Portfolio.Stake> findStake(AgreementId id, String swapId) {
        return stakes.find(new StakeKey(id, swapId));
    }

    /** Reads the totals of a batch of events' agreements in one query (within a transaction; see {@link WriteBehind}). */
    void prefetch(Collection<AgreementId> ids) {
        finances.prefetch(ids);
    }

    private static AgreementFinance finance(ResultSet rs) throws SQLException {
        Currency currency = Money.currency(rs.getString("currency").trim());
        return new AgreementFinance(new AgreementId(rs.getObject("agreement_id", UUID.class)),
                new OrganisationId(rs.getObject("licensor_id", UUID.class)),
                new OrganisationId(rs.getObject("licensee_id", UUID.class)),
                money(rs, "fell_due", currency), money(rs, "received", currency),
                money(rs, "converted", currency), rs.getLong("last_sequence"));
    }

    private static SqlParameterSource[] financeParameters(List<AgreementFinance> rows) {
        return rows.stream().map(f -> new MapSqlParameterSource("id", f.agreementId().value())
                .addValue("licensor", f.licensor().value()).addValue("licensee", f.licensee().value())
                .addValue("currency", f.fellDue().currency().getCurrencyCode())
                .addValue("due", f.fellDue().amount()).addValue("received", f.received().amount())
                .addValue("converted", f.convertedToEquity().amount()).addValue("seq", f.lastSequence()))
                .toArray(SqlParameterSource[]::new);
    }

    private static SqlParameterSource[] stakeParameters(List<Portfolio.Stake> rows) {
        return rows.stream().map(s -> new MapSqlParameterSource("id", s.agreementId().value()).addValue("swap", s.swapId())
                .addValue("licensee", s.licensee().value()).addValue("shares", s.shares())
                .addValue("amount", s.amount().amount()).addValue("currency", s.amount().currency().getCurrencyCode())
                .addValue("stake", s.stake().value())
                .addValue("agreedOn", s.agreedOn() == null ? null : Date.valueOf(s.agreedOn())))
                .toArray(SqlParameterSource[]::new);
    }

    @Override
    public Portfolio of(OrganisationId licensor) {
        MapSqlParameterSource p = new MapSqlParameterSource("licensor", licensor.value())
                .addValue("running", RUNNING).addValue("licensed", LICENSED).addValue("ended", WALKED_OR_LAPSED);
        long running = count("status IN (:running)", p);
        long converted = count("status IN (:licensed)", p);
        long finished = converted + count("status IN (:ended)", p);
        Rate rate = finished == 0 ? Rate.ZERO : new Rate(BigDecimal.valueOf(converted)
                .divide(BigDecimal.valueOf(finished), 4, RoundingMode.HALF_EVEN));
        List<Portfolio.Revenue> revenue = jdbc.query("SELECT currency, SUM(fell_due) AS fell_due, SUM(received) AS received,"
                + " SUM(converted) AS converted FROM agreement_finance WHERE licensor_id = :licensor GROUP BY currency"
                + " ORDER BY currency", p, (rs, i) -> {
                    Currency currency = Money.currency(rs.getString("currency").trim());
                    return new Portfolio.Revenue(money(rs, "fell_due", currency), money(rs, "received", currency),
                            money(rs, "converted", currency));
                });
        List<Portfolio.Stake> stakes = jdbc.query("SELECT s.* FROM equity_stake s JOIN agreement_finance f"
                + " ON f.agreement_id = s.agreement_id WHERE f.licensor_id = :licensor AND s.agreed_on IS NOT NULL"
                + " ORDER BY s.agreed_on, s.swap_id", p, (rs, i) -> stake(rs));
        return new Portfolio(licensor, running, finished, converted, rate, revenue, stakes);
    }

    private long count(String condition, MapSqlParameterSource p) {
        return jdbc.queryForObject("SELECT count(*) FROM agreement_summary WHERE licensor_id = :licensor AND "
                + condition, p, Long.class);
    }

    private static Portfolio.Stake stake(ResultSet rs) throws SQLException {
        Currency currency = Money.currency(rs.getString("currency").trim());
        return new Portfolio.Stake(new AgreementId(rs.getObject("agreement_id", UUID.class)),
                new OrganisationId(rs.getObject("licensee_id", UUID.class)), rs.getString("swap_id"),
                rs.getLong("shares"), money(rs, "amount", currency), new Rate(rs.getBigDecimal("stake")),
                rs.getObject("agreed_on", LocalDate.class));
    }

    private static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        return new Money(rs.getBigDecimal(column).setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY),
                currency);
    }
}

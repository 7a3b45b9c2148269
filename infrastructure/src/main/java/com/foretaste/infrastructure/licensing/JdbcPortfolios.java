package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.AgreementFinance;
import com.foretaste.application.licensing.Portfolio;
import com.foretaste.application.licensing.Portfolios;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
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

    JdbcPortfolios(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AgreementFinance> find(AgreementId id) {
        return jdbc.query("SELECT * FROM agreement_finance WHERE agreement_id = :id", Map.of("id", id.value()),
                (rs, i) -> {
                    Currency currency = Money.currency(rs.getString("currency").trim());
                    return new AgreementFinance(id, new OrganisationId(rs.getObject("licensor_id", UUID.class)),
                            new OrganisationId(rs.getObject("licensee_id", UUID.class)),
                            money(rs, "fell_due", currency), money(rs, "received", currency),
                            money(rs, "converted", currency), rs.getLong("last_sequence"));
                }).stream().findFirst();
    }

    @Override
    public void save(AgreementFinance f) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", f.agreementId().value())
                .addValue("licensor", f.licensor().value()).addValue("licensee", f.licensee().value())
                .addValue("currency", f.fellDue().currency().getCurrencyCode())
                .addValue("due", f.fellDue().amount()).addValue("received", f.received().amount())
                .addValue("converted", f.convertedToEquity().amount()).addValue("seq", f.lastSequence());
        if (jdbc.update("UPDATE agreement_finance SET fell_due = :due, received = :received, converted = :converted,"
                + " last_sequence = :seq WHERE agreement_id = :id", p) == 0) {
            jdbc.update("INSERT INTO agreement_finance (agreement_id, licensor_id, licensee_id, currency, fell_due,"
                    + " received, converted, last_sequence) VALUES (:id, :licensor, :licensee, :currency, :due,"
                    + " :received, :converted, :seq)", p);
        }
    }

    @Override
    public void saveStake(Portfolio.Stake s) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", s.agreementId().value()).addValue("swap", s.swapId())
                .addValue("licensee", s.licensee().value()).addValue("shares", s.shares())
                .addValue("amount", s.amount().amount()).addValue("currency", s.amount().currency().getCurrencyCode())
                .addValue("stake", s.stake().value())
                .addValue("agreedOn", s.agreedOn() == null ? null : Date.valueOf(s.agreedOn()));
        if (jdbc.update("UPDATE equity_stake SET agreed_on = :agreedOn WHERE agreement_id = :id AND swap_id = :swap", p) == 0) {
            jdbc.update("INSERT INTO equity_stake (agreement_id, swap_id, licensee_id, shares, amount, currency, stake,"
                    + " agreed_on) VALUES (:id, :swap, :licensee, :shares, :amount, :currency, :stake, :agreedOn)", p);
        }
    }

    @Override
    public Optional<Portfolio.Stake> findStake(AgreementId id, String swapId) {
        return jdbc.query("SELECT * FROM equity_stake WHERE agreement_id = :id AND swap_id = :swap",
                Map.of("id", id.value(), "swap", swapId), (rs, i) -> stake(rs)).stream().findFirst();
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

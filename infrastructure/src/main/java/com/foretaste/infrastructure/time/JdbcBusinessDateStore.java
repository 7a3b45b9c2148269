package com.foretaste.infrastructure.time;

import com.foretaste.application.calendar.BusinessDateStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

@Repository
class JdbcBusinessDateStore implements BusinessDateStore {

    private final JdbcTemplate jdbc;

    JdbcBusinessDateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> current() {
        return jdbc.query("SELECT business_date FROM business_calendar WHERE id = 1",
                        (rs, i) -> rs.getObject(1, LocalDate.class))
                .stream().findFirst();
    }

    @Override
    public LocalDate initialiseIfAbsent(LocalDate date) {
        // the first date written stands, whichever request or node was first; a conflict must not
        // abort the transaction of the request that asked
        jdbc.update("INSERT INTO business_calendar (id, business_date) VALUES (1, ?) ON CONFLICT DO NOTHING",
                Date.valueOf(date));
        return current().orElseThrow();
    }

    @Override
    public void advanceTo(LocalDate date) {
        jdbc.update("UPDATE business_calendar SET business_date = ? WHERE id = 1 AND business_date < ?",
                Date.valueOf(date), Date.valueOf(date));
    }

    @Override
    public Optional<LocalDate> closingTo() {
        return jdbc.query("SELECT closing_to FROM business_calendar WHERE id = 1 AND closing_to IS NOT NULL",
                (rs, i) -> rs.getObject(1, LocalDate.class)).stream().findFirst();
    }

    @Override
    public void setClosingTo(LocalDate target) {
        jdbc.update("UPDATE business_calendar SET closing_to = ? WHERE id = 1", Date.valueOf(target));
    }

    @Override
    public void clearClosingTo() {
        jdbc.update("UPDATE business_calendar SET closing_to = NULL WHERE id = 1");
    }
}

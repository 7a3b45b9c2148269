package com.foretaste.domain.archfixture;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the rules on purpose: a domain type that opens its own database connection. */
public final class JdbcAwareDomainType {

    public Connection open(DataSource dataSource) throws SQLException {
        return dataSource.getConnection();
    }
}

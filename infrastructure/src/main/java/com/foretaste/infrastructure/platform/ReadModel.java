package com.foretaste.infrastructure.platform;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A read model registered with the platform: the streaming processor that feeds it and the tables it
 * fills, each with the columns that order its rows. The rebuild resets every registered processor
 * and compares its tables before and after; its reset handler empties them.
 */
public record ReadModel(String processor, List<Table> tables) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern COLUMNS = Pattern.compile("[a-z_][a-z0-9_]*(, ?[a-z_][a-z0-9_]*)*");

    public record Table(String name, String orderBy) {
        public Table {
            if (!NAME.matcher(name).matches() || !COLUMNS.matcher(orderBy).matches()) {
                throw new IllegalArgumentException("not a table and its order columns: " + name + " / " + orderBy);
            }
        }
    }

    public ReadModel {
        Objects.requireNonNull(processor, "processor");
        tables = List.copyOf(tables);
    }
}

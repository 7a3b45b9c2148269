package com.foretaste.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.application.platform.Instruments;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The end of day for a portfolio of mostly quiet agreements ({@link AgreementMix}): one day closed,
 * then {@code days} days in one run. Shows that a run loads only the aggregates that have something due.
 */
final class EndOfDayBenchmark {

    record Settings(int agreements, int setupDays, int days) {
    }

    record Result(Settings settings, Map<AgreementMix.Kind, Integer> mix, Duration setup, List<EndOfDayFigures> runs) {
    }

    private static final String EVENTS_OF_THE_RUN = """
            SELECT count(*), count(DISTINCT aggregate_identifier),
                   count(DISTINCT aggregate_identifier || ' ' || (convert_from(meta_data, 'UTF8')::jsonb ->> 'businessDate'))
            FROM domain_event_entry WHERE type = ? AND global_index > ?
              AND convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?""";
    private static final String COMMANDS_OF_THE_RUN = """
            SELECT count(*) FROM processed_command
            WHERE aggregate_type = ? AND processed_at >= ? AND processed_at <= ?""";

    Result run(Settings settings) throws Exception {
        try (BenchmarkDatabase db = BenchmarkDatabase.freshSchema("eod"); Service service = Service.start(db)) {
            BusinessDays days = new BusinessDays(service);
            long start = System.nanoTime();
            Map<AgreementMix.Kind, Integer> mix = new AgreementMix(service, days).build(settings.agreements(), settings.setupDays());
            service.awaitQuiet();
            Duration setup = Duration.ofNanos(System.nanoTime() - start);
            List<EndOfDayFigures> runs = List.of(measure(service, days, 1, settings), measure(service, days, settings.days(), settings));
            return new Result(settings, mix, setup, runs);
        }
    }

    private static EndOfDayFigures measure(Service service, BusinessDays days, int count, Settings settings) {
        JdbcTemplate jdbc = service.jdbc();
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        LocalDate target = days.today().plusDays(count);
        BusinessDays.Closed closed = days.close(target);
        JsonNode run = closed.run();
        Instant requested = Instant.parse(run.get("requestedAt").asText());
        Instant finished = Instant.parse(run.get("finishedAt").asText());
        List<EndOfDayFigures.Instrument> instruments = new ArrayList<>();
        service.bean(Instruments.class).all().forEach(instrument -> {
            JsonNode counts = run.get("aggregates").path(instrument.type());
            long[] events = jdbc.queryForObject(EVENTS_OF_THE_RUN, (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                    instrument.aggregateType(), head, run.get("correlationId").asText());
            long commands = jdbc.queryForObject(COMMANDS_OF_THE_RUN, Long.class, instrument.aggregateType(),
                    Timestamp.from(requested), Timestamp.from(finished));
            instruments.add(new EndOfDayFigures.Instrument(instrument.type(), counts.path("visited").asLong(),
                    counts.path("changed").asLong(), counts.path("failed").asLong(), commands, events[2], events[1], events[0]));
        });
        return new EndOfDayFigures(run.get("state").asText(), count, settings.agreements(), instruments,
                Duration.between(requested, finished), closed.untilQuiet());
    }
}

package com.foretaste.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A portfolio as a licensing office would have it, built over the API: most agreements are trials that
 * end months later; a few trials end soon (and lapse or convert when nobody decides); some licences
 * were bought, with an instalment a month after purchase, paid in advance, in part or not at all.
 * Agreements are made over {@code setupDays} business days, each day closed after its share, so
 * their dates spread as they would in practice.
 */
final class AgreementMix {

    enum Kind {
        QUIET_TRIAL(85), SHORT_TRIAL_LAPSING(3), SHORT_TRIAL_CONVERTING(2),
        LICENCE_PAID_AHEAD(4), LICENCE_PART_PAID(2), LICENCE_UNPAID(4);

        final int percent;

        Kind(int percent) {
            this.percent = percent;
        }

        /** The kind of the {@code i}-th agreement: the shares above, interleaved. */
        static Kind of(int i) {
            int slot = Math.floorMod(i * 37, 100);
            for (Kind kind : values()) {
                if (slot < kind.percent) {
                    return kind;
                }
                slot -= kind.percent;
            }
            throw new IllegalStateException("shares do not add up to 100");
        }
    }

    private static final int CALLERS = 8;

    private final Service service;
    private final BusinessDays days;

    AgreementMix(Service service, BusinessDays days) {
        this.service = service;
        this.days = days;
    }

    /** Makes {@code count} agreements over {@code setupDays} days; the number of each kind. */
    Map<Kind, Integer> build(int count, int setupDays) throws Exception {
        Map<Kind, Integer> made = new EnumMap<>(Kind.class);
        // one call first: on a fresh platform, concurrent first calls race to start the calendar
        days.today();
        try (ExecutorService callers = Executors.newFixedThreadPool(CALLERS)) {
            for (int day = 0; day < setupDays; day++) {
                List<Callable<Kind>> today = new ArrayList<>();
                // consecutive numbers each day, so that every day has every kind in its share
                for (int i = day * count / setupDays; i < (day + 1) * count / setupDays; i++) {
                    int n = i;
                    today.add(() -> make(n));
                }
                for (Future<Kind> kind : callers.invokeAll(today)) {
                    made.merge(kind.get(), 1, Integer::sum);
                }
                days.close(days.today().plusDays(1));
                System.out.printf("set-up: day %d of %d closed, %,d agreements made%n", day + 1, setupDays,
                        made.values().stream().mapToInt(Integer::intValue).sum());
            }
        }
        return made;
    }

    private Kind make(int i) {
        Kind kind = Kind.of(i);
        String licensee = i % 2 == 0 ? "qinling" : "weihe";
        String id = service.as("university").post("/api/agreements", proposal(kind, i, Service.LICENSEES.get(licensee)))
                .json().get("id").asText();
        String path = "/api/agreements/" + id;
        service.as(licensee).post(path + "/acceptance", null);
        if (kind.name().startsWith("LICENCE_")) {
            service.as(licensee).post(path + "/purchase", null);
        }
        String paid = switch (kind) {
            case LICENCE_PAID_AHEAD -> "120000.00";
            case LICENCE_PART_PAID -> "50000.00";
            default -> null;
        };
        if (paid != null) {
            service.as("university").post(path + "/payments",
                    "{\"reference\": \"BENCH-%d\", \"amount\": {\"amount\": \"%s\"}}".formatted(i, paid));
        }
        return kind;
    }

    private static String proposal(Kind kind, int i, String licensee) {
        int trialMonths = kind == Kind.QUIET_TRIAL ? 6 + i % 7 : kind.name().startsWith("SHORT_") ? 1 : 3;
        return proposal(licensee, trialMonths, kind == Kind.SHORT_TRIAL_CONVERTING ? "CONVERT" : "LAPSE");
    }

    /** A licence of 300,000.00 in two instalments (a month after purchase, and on first revenue), 0.05% a day late. */
    static String proposal(String licensee, int trialMonths, String onNoDecision) {
        return """
                {
                  "licensee": "%s",
                  "patents": ["CN114123456B"],
                  "terms": {
                    "fieldOfUse": "harmonic drives", "territory": "Mainland China", "exclusivity": "EXCLUSIVE",
                    "trialMonths": %d, "onNoDecision": "%s", "licenceTermMonths": 36,
                    "price": {
                      "licenceFee": {"amount": "300000.00"},
                      "instalments": [
                        {"amount": {"amount": "120000.00"}, "monthsAfterLicenceStart": 1},
                        {"amount": {"amount": "180000.00"}, "onFirstRevenueBackstopMonths": 12}
                      ]
                    },
                    "lateInterestDailyRate": "0.0005", "gracePeriodDays": 30, "curePeriodDays": 60
                  }
                }
                """.formatted(licensee, trialMonths, onNoDecision);
    }
}

package com.foretaste.infrastructure.support;

/** Request bodies of agreement proposals, as a licensing office would send them. */
public final class Proposals {

    private Proposals() {
    }

    /** A one-year free trial, then 300,000 CNY in two instalments (one on first revenue) and a 3% royalty. */
    public static String shaanxiStyle(String licenseeOrganisation) {
        return shaanxiStyle(licenseeOrganisation, "industrial robot joint reducers");
    }

    /** The same proposal for another field of use (a text a test can find the proposal by). */
    public static String shaanxiStyle(String licenseeOrganisation, String fieldOfUse) {
        return """
                {
                  "licensee": "%s",
                  "patents": ["CN114123456B", "ZL202310123456.7"],
                  "terms": {
                    "fieldOfUse": "%s",
                    "territory": "Mainland China",
                    "exclusivity": "SOLE",
                    "trialMonths": 12,
                    "licenceTermMonths": 60,
                    "price": {
                      "licenceFee": {"amount": "300000.00"},
                      "instalments": [
                        {"amount": {"amount": "100000.00"}, "onFirstRevenueBackstopMonths": 12},
                        {"amount": {"amount": "200000.00"}, "monthsAfterLicenceStart": 24}
                      ],
                      "royalty": {"rate": "0.03"}
                    },
                    "lateInterestDailyRate": "0.0005"
                  }
                }
                """.formatted(licenseeOrganisation, fieldOfUse);
    }

    /**
     * Harmonic drives for six months' trial, then 300,000 CNY: 120,000 a month after purchase and 180,000 on first
     * revenue (backstop 12 months), 0.05% a day of late interest after 30 days' grace, 60 days to cure.
     */
    public static String harmonicDrives(String licenseeOrganisation) {
        return harmonicDrives(licenseeOrganisation, "");
    }

    /** The same with more members of {@code terms}, each followed by a comma ({@code "onNoDecision": "CONVERT",}). */
    public static String harmonicDrives(String licenseeOrganisation, String extraTerms) {
        return """
                {
                  "licensee": "%s",
                  "patents": ["CN114123456B"],
                  "terms": {
                    "fieldOfUse": "harmonic drives", "territory": "Mainland China", "exclusivity": "EXCLUSIVE",
                    "trialMonths": 6, "licenceTermMonths": 12, %s
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
                """.formatted(licenseeOrganisation, extraTerms);
    }
}

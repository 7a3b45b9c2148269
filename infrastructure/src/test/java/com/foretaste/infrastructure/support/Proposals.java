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
}

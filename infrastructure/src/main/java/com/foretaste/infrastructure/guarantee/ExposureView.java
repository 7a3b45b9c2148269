package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A guarantor's exposure now and day by day, in the currency of its net assets: what it would pay if every
 * guarantee were called today, its liability against the regulatory limits, the breakdowns by licensee, licensor
 * and industry, its calls, honoured, reimbursed, refunded, recovered and written-off amounts with the compensation
 * and loss rates, and the daily series of each (cumulative to that day).
 */
@Schema(name = "GuarantorExposure")
record ExposureView(@Schema(requiredMode = REQUIRED, format = "uuid") String guarantorId,
                    @Schema(requiredMode = REQUIRED) String currency, @Schema(requiredMode = REQUIRED) LocalDate asOf,
                    @Schema(requiredMode = REQUIRED) Money exposure, @Schema(requiredMode = REQUIRED) Money liability,
                    @Schema(requiredMode = REQUIRED) Map<String, Integer> guarantees,
                    @Schema(requiredMode = REQUIRED) Limits limits,
                    @Schema(requiredMode = REQUIRED) List<Group> byLicensee,
                    @Schema(requiredMode = REQUIRED) List<Group> byLicensor,
                    @Schema(requiredMode = REQUIRED) List<Group> byIndustry,
                    @Schema(requiredMode = REQUIRED) Figures figures,
                    @Schema(requiredMode = REQUIRED) List<Day> series) {

    /**
     * The regulatory limits in money for the latest net assets recorded, as of the date of the accounts they come
     * from (none recorded: no limits), and how much of each the liability uses: total liability against 10x (15x)
     * net assets; the largest obligor's against 10%; the largest group of an obligor with its related parties
     * (named by the obligor) against 15%.
     */
    @Schema(name = "GuarantorLimits")
    record Limits(Money netAssets, LocalDate netAssetsAsOf, boolean servesMainlySmallAndMicro, Money leverageLimit,
                  BigDecimal leverageUse, Money singleObligorLimit, String largestObligor, Money largestObligorLiability,
                  BigDecimal singleObligorUse, Money obligorGroupLimit, String largestGroupObligor,
                  Money largestGroupLiability, BigDecimal obligorGroupUse) {
    }

    /** The exposure and liability of the guarantees of one licensee, licensor or industry (code; "" when none). */
    @Schema(name = "ExposureGroup")
    record Group(@Schema(requiredMode = REQUIRED) String key, String name, @Schema(requiredMode = REQUIRED) Money exposure,
                 @Schema(requiredMode = REQUIRED) Money liability, int guarantees) {
    }

    /**
     * Totals to date: exposure issued (at each issue), losses called, honoured, reimbursed by partners (net of
     * returns), refunded by beneficiaries, recovered (all, and the guarantor's own share), written off; the
     * compensation rate is honoured less refunded over issued, the loss rate written off over issued (null before
     * anything was issued).
     */
    @Schema(name = "GuarantorFigures")
    record Figures(Money issued, Money called, Money honoured, Money reimbursed, Money refunded, Money recovered,
                   Money recoveredOwn, Money writtenOff, BigDecimal compensationRate, BigDecimal lossRate) {
    }

    /** One business day: the exposure at its end and each figure to date. */
    @Schema(name = "ExposureDay")
    record Day(@Schema(requiredMode = REQUIRED) LocalDate date, @Schema(requiredMode = REQUIRED) Money exposure,
               Money called, Money honoured, Money reimbursed, Money refunded, Money recovered, Money writtenOff) {
    }
}

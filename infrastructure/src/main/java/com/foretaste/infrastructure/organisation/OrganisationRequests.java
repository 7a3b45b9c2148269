package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.web.RequestFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** Bodies of the operator's requests on the directory. */
final class OrganisationRequests {

    private OrganisationRequests() {
    }

    /** {@code industryCode}: GB/T 4754, optional. */
    record RegisterOrganisation(String name, Role role, String industryCode) {
    }

    /**
     * {@code name}: the person's name; {@code password}: the initial password, kept only as a hash;
     * {@code role}: optional, and when given it must be the organisation's.
     */
    record RegisterUser(String username, String name, String password, Role role) {
        @Override
        public String toString() {
            return "RegisterUser[" + username + "]";
        }
    }

    record DisableUser(String reason) {
    }

    record AssignAuditor(UUID auditor) {
    }

    /**
     * A guarantor's net assets from its accounts as of {@code asOf}; {@code servesMainlySmallAndMicro} (default
     * false) raises its leverage limit from 10 to 15 times.
     */
    record RecordNetAssets(@Schema(requiredMode = REQUIRED) NetAssetsAmount netAssets,
                           @Schema(requiredMode = REQUIRED) LocalDate asOf, Boolean servesMainlySmallAndMicro) {
    }

    /** An amount with its currency (CNY when left out). */
    @Schema(name = "NetAssetsAmount", description = "An amount as a decimal string; without a currency it is CNY.")
    record NetAssetsAmount(@Schema(requiredMode = REQUIRED) BigDecimal amount,
                           @Schema(pattern = "^[A-Z]{3}$", example = "CNY") String currency)
            implements RequestFields.AmountBody {
    }

    /** Another registered organisation and how it is related (e.g. "parent company", "under common control"). */
    record RegisterRelatedParty(@Schema(requiredMode = REQUIRED) UUID relatedParty,
                                @Schema(requiredMode = REQUIRED) String relation) {
    }
}

package com.foretaste.domain.insurance.policy;

/** Who pays a share of the premium: the policyholder, or the government subsidy (through the operator). */
public enum PremiumPayer {
    POLICYHOLDER,
    SUBSIDY
}

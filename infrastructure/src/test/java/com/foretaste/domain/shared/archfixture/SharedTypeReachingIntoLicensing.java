package com.foretaste.domain.shared.archfixture;

import com.foretaste.domain.licensing.agreement.AgreementStatus;

/** Breaks the rules on purpose: a shared-kernel type that knows a licensing state. */
public record SharedTypeReachingIntoLicensing(AgreementStatus status) {
}

package com.foretaste.application.insurance;

import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.shared.AgreementId;

import java.util.List;

/** Which policies cover which agreement, as the process manager learnt it from the policies' quotes (port). */
public interface PolicyCoverage {

    void cover(AgreementId agreementId, PolicyId policyId);

    /** The policies quoted on the agreement, in a stable order. */
    List<PolicyId> policiesOf(AgreementId agreementId);
}

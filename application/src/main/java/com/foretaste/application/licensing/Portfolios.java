package com.foretaste.application.licensing;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;

import java.util.Optional;

/** The portfolio read model: per-agreement totals and equity stakes, and the licensor's view of them. */
public interface Portfolios {

    Optional<AgreementFinance> find(AgreementId id);

    void save(AgreementFinance finance);

    /** Records a proposed swap, or marks it agreed when {@code stake.agreedOn()} is set. */
    void saveStake(Portfolio.Stake stake);

    Optional<Portfolio.Stake> findStake(AgreementId id, String swapId);

    Portfolio of(OrganisationId licensor);
}

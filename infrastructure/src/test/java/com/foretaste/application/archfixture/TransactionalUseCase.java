package com.foretaste.application.archfixture;

import org.springframework.transaction.annotation.Transactional;

/** Breaks the rules on purpose: a use case that manages its own Spring transaction. */
public final class TransactionalUseCase {

    @Transactional
    public void run() {
    }
}

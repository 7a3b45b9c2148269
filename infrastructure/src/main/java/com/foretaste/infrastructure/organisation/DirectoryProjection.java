package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.platform.organisation.OrganisationEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the directory in step with the organisation registers. Its processor is a subscribing one
 * (application.yml): it runs in the unit of work that publishes the events, so the directory commits
 * with them, and a failure here (a username another organisation took meanwhile) rolls the command back.
 */
@Component
@ProcessingGroup(DirectoryProjection.PROCESSING_GROUP)
class DirectoryProjection {

    static final String PROCESSING_GROUP = "organisation-directory";

    private final JdbcDirectory directory;

    DirectoryProjection(JdbcDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(OrganisationEvent event) {
        directory.apply(event);
    }
}

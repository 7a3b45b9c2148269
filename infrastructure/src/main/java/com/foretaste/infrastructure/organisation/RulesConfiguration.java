package com.foretaste.infrastructure.organisation;

import com.foretaste.application.licensing.PartyRules;
import com.foretaste.application.organisation.DirectoryRules;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules that need the platform's directory: of proposals' parties, and of the registers themselves. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    PartyRules partyRules(OrganisationDirectory directory) {
        return new PartyRules(directory);
    }

    @Bean
    DirectoryRules directoryRules(OrganisationDirectory organisations, UserDirectory users) {
        return new DirectoryRules(organisations, users);
    }
}

package com.foretaste.infrastructure.organisation;

import com.foretaste.application.licensing.PartyRules;
import com.foretaste.application.organisation.OrganisationDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartyRulesConfiguration {

    @Bean
    PartyRules partyRules(OrganisationDirectory directory) {
        return new PartyRules(directory);
    }
}

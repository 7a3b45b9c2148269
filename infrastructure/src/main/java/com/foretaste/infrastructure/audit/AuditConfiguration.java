package com.foretaste.infrastructure.audit;

import com.foretaste.application.audit.Audit;
import com.foretaste.application.audit.AuditStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    Audit audit(AuditStore store) {
        return new Audit(store);
    }
}

package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.json.ForetasteJson;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** The API's mapper: Boot's defaults plus the domain's JSON form shared with the event store. */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return ForetasteJson.configure(builder.build());
    }

    /** Runs after Spring Security (it needs the principal) and only on /api: every write in one transaction. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ObjectMapper mapper, Clock clock,
                                                                PlatformTransactionManager transactions) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, mapper, clock, transactions));
        registration.addUrlPatterns("/api/*");
        // after Spring Security's chain (order -100), before anything else of ours
        registration.setOrder(0);
        return registration;
    }

    /** After Spring Security, before the idempotency filter: a malformed header is refused before anything runs. */
    @Bean
    FilterRegistrationBean<WriteHeaderFilter> writeHeaderFilter(ObjectMapper mapper) {
        FilterRegistrationBean<WriteHeaderFilter> registration = new FilterRegistrationBean<>(new WriteHeaderFilter(mapper));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(-1);
        return registration;
    }
}

package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.json.ForetasteJson;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
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
        return InputPolicy.apply(ForetasteJson.configure(builder.build()));
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

    /** Before everything else, Spring Security included: no layer reads an oversized body. */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(ObjectMapper mapper,
            @Value("${foretaste.api.max-body-bytes:1048576}") long maxBodyBytes) {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter(maxBodyBytes, mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Errors Tomcat answers itself, before the application, are problem documents too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper mapper) {
        return ErrorPages.firewallRejections(mapper);
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

package com.foretaste.infrastructure.openapi;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: schemas of the JSON as served ({@link WireSchemas}), the
 * conventions every operation shares ({@link ApiConventions}) and each operation's status, summary and
 * examples ({@link OperationDocs}). {@code docs/openapi.json} is a copy that a test keeps equal to it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI foretasteOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Foretaste API").version("v1")
                        .description("Try-before-you-pay technology-transfer licences and their risk instruments."
                                + " See docs/api.md for the rules behind each operation."))
                .addServersItem(new Server().url("http://localhost:8080").description("the embedded default"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A platform user's name and password (every profile)."))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A token of the identity provider (profile jwt):"
                                        + " claims sub, org and role; see docs/security.md.")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    ModelConverter wireSchemas() {
        return new WireSchemas();
    }

    @Bean
    OpenApiCustomizer apiConventions() {
        return new ApiConventions();
    }

    @Bean
    OpenApiCustomizer operationDocs() {
        return new OperationDocs();
    }
}

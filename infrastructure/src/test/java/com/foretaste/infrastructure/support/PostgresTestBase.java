package com.foretaste.infrastructure.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that leave the business date alone: one PostgreSQL schema for the
 * test run (migrated by Flyway at start-up, shared by the cached application context), the test
 * users, and real HTTP. Tests make their own agreements and count events per agreement, so they do
 * not depend on each other. Tests that move the business date use a schema of their own.
 */
public abstract class PostgresTestBase extends ServiceTestBase {

    protected static final PostgresSchema SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        register(registry, SCHEMA);
    }
}

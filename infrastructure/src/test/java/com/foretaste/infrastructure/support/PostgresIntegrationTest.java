package com.foretaste.infrastructure.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service on a random port, on the postgres profile, against a fresh schema of the real
 * test PostgreSQL (see {@link PostgresTestBase}), with the test clock at {@link TestClockConfiguration#START}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(TestClockConfiguration.class)
public @interface PostgresIntegrationTest {
}

package com.foretaste.infrastructure.architecture;

import com.foretaste.application.archfixture.TransactionalUseCase;
import com.foretaste.application.archfixture.UseCaseReachingIntoInfrastructure;
import com.foretaste.domain.archfixture.AxonAwareDomainType;
import com.foretaste.domain.archfixture.DomainTypeReachingIntoApplication;
import com.foretaste.domain.archfixture.DomainTypeReachingIntoInfrastructure;
import com.foretaste.domain.archfixture.DomainTypeReadingTheSystemClock;
import com.foretaste.domain.archfixture.JacksonAnnotatedDomainType;
import com.foretaste.domain.archfixture.JakartaValidatedDomainType;
import com.foretaste.domain.archfixture.JdbcAwareDomainType;
import com.foretaste.domain.archfixture.LombokAnnotatedDomainType;
import com.foretaste.domain.archfixture.PlainDomainType;
import com.foretaste.domain.archfixture.SpringAwareDomainType;
import com.foretaste.domain.shared.archfixture.SharedTypeReachingIntoLicensing;
import com.foretaste.infrastructure.archfixture.ShellReadingTheSystemClock;
import com.foretaste.infrastructure.time.ClockConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.foretaste.infrastructure.architecture.ArchitectureRules.DOMAIN_AND_APPLICATION_NEVER_DEPEND_ON_INFRASTRUCTURE;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_AXON_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_JACKSON_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_JAKARTA_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_JDBC_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_LOMBOK_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_SPRING_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_DOMAIN_NEVER_DEPENDS_ON_THE_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_SHARED_KERNEL_DEPENDS_ON_NO_OTHER_DOMAIN_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule, run against classes that break it on purpose, fails and names the offender. */
class ArchitectureRulesDetectViolationsTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "com.foretaste.domain.archfixture",
            "com.foretaste.domain.shared.archfixture",
            "com.foretaste.application.archfixture",
            "com.foretaste.infrastructure.archfixture");

    private static final List<ArchRule> EVERY_RULE = List.of(
            THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE,
            THE_APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE,
            THE_DOMAIN_NEVER_DEPENDS_ON_THE_APPLICATION,
            DOMAIN_AND_APPLICATION_NEVER_DEPEND_ON_INFRASTRUCTURE,
            NO_SPRING_IN_DOMAIN_OR_APPLICATION,
            NO_AXON_IN_DOMAIN_OR_APPLICATION,
            NO_JACKSON_IN_DOMAIN_OR_APPLICATION,
            NO_LOMBOK_IN_DOMAIN_OR_APPLICATION,
            NO_JAKARTA_IN_DOMAIN_OR_APPLICATION,
            NO_JDBC_IN_DOMAIN_OR_APPLICATION,
            THE_SHARED_KERNEL_DEPENDS_ON_NO_OTHER_DOMAIN_PACKAGE,
            ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK);

    @Test
    void the_fixtures_alone_are_imported() {
        assertThat(FIXTURES.contain(PlainDomainType.class)).isTrue();
        assertThat(FIXTURES).allMatch(javaClass -> javaClass.getPackageName().endsWith("archfixture"));
    }

    @Test
    void the_jdk_only_domain_catches_spring_jackson_axon_and_jdbc() {
        assertCaught(THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE, SpringAwareDomainType.class, "org.springframework.util.Assert");
        assertCaught(THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE, JacksonAnnotatedDomainType.class, "com.fasterxml.jackson.annotation.JsonProperty");
        assertCaught(THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE, AxonAwareDomainType.class, "org.axonframework.modelling.command.AggregateLifecycle");
        assertCaught(THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE, JakartaValidatedDomainType.class, "jakarta.validation.constraints.NotNull");
        assertCaught(THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE, JdbcAwareDomainType.class, "javax.sql.DataSource");
        assertCaught(THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE, DomainTypeReachingIntoApplication.class, "PlatformCalendar");
    }

    @Test
    void the_application_allow_list_catches_a_use_case_using_spring() {
        assertCaught(THE_APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE, TransactionalUseCase.class,
                "org.springframework.transaction.annotation.Transactional");
        assertCaught(THE_APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE, UseCaseReachingIntoInfrastructure.class,
                "ClockConfiguration");
    }

    @Test
    void a_domain_type_reaching_into_the_application_is_caught() {
        assertCaught(THE_DOMAIN_NEVER_DEPENDS_ON_THE_APPLICATION, DomainTypeReachingIntoApplication.class, "PlatformCalendar");
    }

    @Test
    void domain_and_application_types_reaching_into_infrastructure_are_caught() {
        assertCaught(DOMAIN_AND_APPLICATION_NEVER_DEPEND_ON_INFRASTRUCTURE, DomainTypeReachingIntoInfrastructure.class,
                "ClockConfiguration");
        assertCaught(DOMAIN_AND_APPLICATION_NEVER_DEPEND_ON_INFRASTRUCTURE, UseCaseReachingIntoInfrastructure.class,
                "ClockConfiguration");
    }

    @Test
    void spring_in_the_domain_or_the_application_is_caught_by_name() {
        assertCaught(NO_SPRING_IN_DOMAIN_OR_APPLICATION, SpringAwareDomainType.class, "Spring lives in infrastructure");
        assertCaught(NO_SPRING_IN_DOMAIN_OR_APPLICATION, TransactionalUseCase.class, "org.springframework");
    }

    @Test
    void axon_in_the_domain_is_caught_by_name() {
        assertCaught(NO_AXON_IN_DOMAIN_OR_APPLICATION, AxonAwareDomainType.class, "Axon lives in infrastructure");
    }

    @Test
    void jackson_in_the_domain_is_caught_by_name() {
        assertCaught(NO_JACKSON_IN_DOMAIN_OR_APPLICATION, JacksonAnnotatedDomainType.class, "Jackson lives in infrastructure");
    }

    @Test
    void lombok_in_the_domain_is_caught_by_name() {
        assertCaught(NO_LOMBOK_IN_DOMAIN_OR_APPLICATION, LombokAnnotatedDomainType.class, "Lombok lives in infrastructure");
    }

    @Test
    void jakarta_in_the_domain_is_caught_by_name() {
        assertCaught(NO_JAKARTA_IN_DOMAIN_OR_APPLICATION, JakartaValidatedDomainType.class, "Jakarta EE lives in infrastructure");
    }

    @Test
    void jdbc_in_the_domain_is_caught_by_name_though_java_sql_is_part_of_the_jdk() {
        assertCaught(NO_JDBC_IN_DOMAIN_OR_APPLICATION, JdbcAwareDomainType.class, "javax.sql.DataSource");
        assertCaught(NO_JDBC_IN_DOMAIN_OR_APPLICATION, JdbcAwareDomainType.class, "java.sql.Connection");
    }

    @Test
    void a_shared_kernel_type_reaching_into_licensing_is_caught() {
        assertCaught(THE_SHARED_KERNEL_DEPENDS_ON_NO_OTHER_DOMAIN_PACKAGE, SharedTypeReachingIntoLicensing.class,
                "com.foretaste.domain.licensing.agreement.AgreementStatus");
    }

    @Test
    void instant_now_and_local_date_now_in_the_domain_are_caught() {
        assertCaught(ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK, DomainTypeReadingTheSystemClock.class,
                "<java.time.Instant.now()>", "<java.time.LocalDate.now()>");
    }

    @Test
    void every_other_read_of_the_system_clock_is_caught_too() {
        assertCaught(ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK, ShellReadingTheSystemClock.class,
                "<java.time.LocalDateTime.now()>",
                "<java.time.ZonedDateTime.now()>",
                "<java.time.OffsetDateTime.now(java.time.ZoneId)>",
                "<java.lang.System.currentTimeMillis()>",
                "<java.time.Clock.systemUTC()>",
                "<java.time.Clock.systemDefaultZone()>",
                "<java.time.Clock.system(java.time.ZoneId)>",
                "references method <java.time.Instant.now()>");
    }

    @Test
    void the_clock_bean_alone_may_read_the_system_clock() {
        JavaClasses clockBeanAndPlainType =
                new ClassFileImporter().importClasses(ClockConfiguration.class, PlainDomainType.class);

        assertThat(clockBeanAndPlainType.get(ClockConfiguration.class).getMethodCallsFromSelf())
                .anyMatch(call -> call.getTarget().getFullName().equals("java.time.Clock.systemUTC()"));
        assertThat(ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK.evaluate(clockBeanAndPlainType).hasViolation()).isFalse();
    }

    @Test
    void a_plain_domain_type_breaks_no_rule() {
        EVERY_RULE.forEach(rule -> assertThat(report(rule)).doesNotContain(PlainDomainType.class.getName()));
    }

    private static void assertCaught(ArchRule rule, Class<?> offender, String... evidence) {
        EvaluationResult result = rule.evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(rule)).contains(offender.getName()).contains(evidence);
    }

    private static String report(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().toString();
    }
}

package com.foretaste.infrastructure.architecture;

import com.foretaste.infrastructure.time.ClockConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of docs/style ("Module boundaries"): domain &lt;- application &lt;-
 * infrastructure, a shared kernel that reaches into no bounded context, and one clock bean.
 */
public final class ArchitectureRules {

    static final String JDK = "java..";
    static final String DOMAIN = "com.foretaste.domain..";
    static final String SHARED_KERNEL = "com.foretaste.domain.shared..";
    static final String APPLICATION = "com.foretaste.application..";
    static final String INFRASTRUCTURE = "com.foretaste.infrastructure..";
    static final String FORETASTE = "com.foretaste..";

    private static final String PLAIN_JAVA =
            " lives in infrastructure; the domain and the use cases are plain Java on the JDK";

    public static final ArchRule THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE =
            classes().that().resideInAPackage(DOMAIN)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, DOMAIN)
                    .because("the domain depends on the JDK only; every framework stays in infrastructure");

    public static final ArchRule THE_APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE =
            classes().that().resideInAPackage(APPLICATION)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, DOMAIN, APPLICATION)
                    .because("the use cases depend on the domain and the JDK only; every framework stays in infrastructure");

    public static final ArchRule THE_DOMAIN_NEVER_DEPENDS_ON_THE_APPLICATION =
            noClasses().that().resideInAPackage(DOMAIN)
                    .should().dependOnClassesThat().resideInAPackage(APPLICATION)
                    .because("the application depends on the domain, never the other way round");

    public static final ArchRule DOMAIN_AND_APPLICATION_NEVER_DEPEND_ON_INFRASTRUCTURE =
            noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                    .should().dependOnClassesThat().resideInAPackage(INFRASTRUCTURE)
                    .because("infrastructure adapts the domain and the use cases, never the other way round");

    public static final ArchRule NO_SPRING_IN_DOMAIN_OR_APPLICATION =
            frameworkStaysOut("Spring", "org.springframework..");

    public static final ArchRule NO_AXON_IN_DOMAIN_OR_APPLICATION =
            frameworkStaysOut("Axon", "org.axonframework..");

    public static final ArchRule NO_JACKSON_IN_DOMAIN_OR_APPLICATION =
            frameworkStaysOut("Jackson", "com.fasterxml.jackson..");

    public static final ArchRule NO_LOMBOK_IN_DOMAIN_OR_APPLICATION =
            frameworkStaysOut("Lombok", "lombok..");

    public static final ArchRule NO_JAKARTA_IN_DOMAIN_OR_APPLICATION =
            frameworkStaysOut("Jakarta EE", "jakarta..");

    /** java.sql is part of the JDK, so only this rule, not the allow-lists, keeps JDBC out. */
    public static final ArchRule NO_JDBC_IN_DOMAIN_OR_APPLICATION =
            frameworkStaysOut("JDBC", "java.sql..", "javax.sql..");

    public static final ArchRule THE_SHARED_KERNEL_DEPENDS_ON_NO_OTHER_DOMAIN_PACKAGE =
            noClasses().that().resideInAPackage(SHARED_KERNEL)
                    .should().dependOnClassesThat(
                            resideInAPackage(DOMAIN).and(not(resideInAPackage(SHARED_KERNEL))))
                    .because("Money, Rate, DateRange and the ids serve every bounded context and know none of them");

    public static final ArchRule ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK =
            noClasses().that().resideInAPackage(FORETASTE)
                    .and().doNotHaveFullyQualifiedName(ClockConfiguration.class.getName())
                    .should().accessTargetWhere(SystemClockReads.READ_THE_SYSTEM_CLOCK)
                    .because("time enters through the command or the injected Clock of "
                            + ClockConfiguration.class.getSimpleName() + ", so tests and simulations can move it");

    private ArchitectureRules() {
    }

    private static ArchRule frameworkStaysOut(String framework, String... packages) {
        return noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(packages)
                .because(framework + PLAIN_JAVA);
    }

    private static final class SystemClockReads {

        private static final Set<String> CLOCK_FACTORIES =
                Set.of("system", "systemUTC", "systemDefaultZone", "tickMillis", "tickSeconds", "tickMinutes");

        static final DescribedPredicate<JavaAccess<?>> READ_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
                "read the system clock (java.time *.now(..), Clock.system*(..), Clock.tick*(ZoneId),"
                        + " InstantSource.system(), System.currentTimeMillis())",
                SystemClockReads::readsTheSystemClock);

        private static boolean readsTheSystemClock(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return isNowInJavaTime(access.getTargetOwner().getPackageName(), name)
                    || owner.equals("java.time.Clock") && CLOCK_FACTORIES.contains(name)
                    || owner.equals("java.time.InstantSource") && name.equals("system")
                    || owner.equals("java.lang.System") && name.equals("currentTimeMillis");
        }

        private static boolean isNowInJavaTime(String packageName, String name) {
            return name.equals("now") && (packageName.equals("java.time") || packageName.startsWith("java.time."));
        }
    }
}

package com.foretaste.infrastructure.architecture;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.shared.Money;
import com.foretaste.infrastructure.ForetasteApplication;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import static com.foretaste.infrastructure.architecture.ArchitectureRules.DOMAIN_AND_APPLICATION_NEVER_DEPEND_ON_INFRASTRUCTURE;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_AXON_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_JACKSON_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_JAKARTA_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_JDBC_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_LOMBOK_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.NO_SPRING_IN_DOMAIN_OR_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_DOMAIN_NEVER_DEPENDS_ON_THE_APPLICATION;
import static com.foretaste.infrastructure.architecture.ArchitectureRules.THE_SHARED_KERNEL_DEPENDS_ON_NO_OTHER_DOMAIN_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

class ModuleBoundariesTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.ALL;

    @Test
    void the_rules_see_every_module_and_no_test_class() {
        assertThat(PRODUCTION.contain(Money.class)).isTrue();
        assertThat(PRODUCTION.contain(Agreement.class)).isTrue();
        assertThat(PRODUCTION.contain(PlatformCalendar.class)).isTrue();
        assertThat(PRODUCTION.contain(ForetasteApplication.class)).isTrue();
        assertThat(PRODUCTION.that(JavaClass.Predicates.resideInAPackage(ArchitectureRules.DOMAIN)))
                .hasSizeGreaterThan(20);
        assertThat(PRODUCTION).noneMatch(javaClass -> javaClass.getPackageName().contains("archfixture"));
        assertThat(PRODUCTION.contain(ModuleBoundariesTest.class)).isFalse();
    }

    @Test
    void the_domain_depends_on_the_jdk_alone() {
        THE_DOMAIN_DEPENDS_ON_THE_JDK_ALONE.check(PRODUCTION);
    }

    @Test
    void the_application_depends_on_the_jdk_and_the_domain_alone() {
        THE_APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE.check(PRODUCTION);
    }

    @Test
    void the_domain_never_depends_on_the_application() {
        THE_DOMAIN_NEVER_DEPENDS_ON_THE_APPLICATION.check(PRODUCTION);
    }

    @Test
    void domain_and_application_never_depend_on_infrastructure() {
        DOMAIN_AND_APPLICATION_NEVER_DEPEND_ON_INFRASTRUCTURE.check(PRODUCTION);
    }

    @Test
    void spring_stays_out_of_domain_and_application() {
        NO_SPRING_IN_DOMAIN_OR_APPLICATION.check(PRODUCTION);
    }

    @Test
    void axon_stays_out_of_domain_and_application() {
        NO_AXON_IN_DOMAIN_OR_APPLICATION.check(PRODUCTION);
    }

    @Test
    void jackson_stays_out_of_domain_and_application() {
        NO_JACKSON_IN_DOMAIN_OR_APPLICATION.check(PRODUCTION);
    }

    @Test
    void lombok_stays_out_of_domain_and_application() {
        NO_LOMBOK_IN_DOMAIN_OR_APPLICATION.check(PRODUCTION);
    }

    @Test
    void jakarta_stays_out_of_domain_and_application() {
        NO_JAKARTA_IN_DOMAIN_OR_APPLICATION.check(PRODUCTION);
    }

    @Test
    void jdbc_stays_out_of_domain_and_application() {
        NO_JDBC_IN_DOMAIN_OR_APPLICATION.check(PRODUCTION);
    }

    @Test
    void the_shared_kernel_depends_on_no_other_domain_package() {
        THE_SHARED_KERNEL_DEPENDS_ON_NO_OTHER_DOMAIN_PACKAGE.check(PRODUCTION);
    }
}

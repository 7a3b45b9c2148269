package com.foretaste.infrastructure.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every production class of the three modules, imported once: the domain and application arrive
 * as jars, infrastructure as target/classes. Test classes, and so the rule fixtures, stay out.
 */
final class ProductionClasses {

    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.foretaste");

    private ProductionClasses() {
    }
}

package dev.atrium.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchRule;

import dev.atrium.application.port.out.RecordRepository;

/**
 * The architecture as rules that read as sentences. {@link ArchitectureTest} checks them against the
 * product; {@link ArchitectureRulesFailTest} proves that each one catches a bad fixture.
 */
final class ArchitectureRules {

    static final String DOMAIN = "dev.atrium.domain..";
    static final String APPLICATION = "dev.atrium.application..";
    static final String PORTS = "dev.atrium.application.port..";
    static final String SPI = "dev.atrium.application.spi..";
    static final String SERVICES = "dev.atrium.application.service..";
    static final String REST = "dev.atrium.adapter.rest..";
    static final String PERSISTENCE = "dev.atrium.adapter.persistence..";
    static final String OPENAPI = "dev.atrium.adapter.openapi..";
    static final String SECURITY = "dev.atrium.adapter.security..";
    static final String MODULES = "dev.atrium.module..";
    static final String APP = "dev.atrium.app";
    static final String BOOT = "dev.atrium.app.boot..";

    static final ArchRule domain_should_depend_on_the_jdk_only = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .as("the domain should depend on the JDK only");

    static final ArchRule application_core_should_be_framework_free = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION,
                    "com.fasterxml.jackson..", "org.slf4j..")
            .as("the application core should use no framework (JSON parsing and a logging facade only)");

    static final ArchRule adapters_should_not_depend_on_each_other = slices()
            .matching("dev.atrium.adapter.(*)..")
            .should().notDependOnEachOther()
            .as("adapters should not depend on each other");

    static final ArchRule adapters_should_use_ports_not_services = noClasses()
            .that().resideInAnyPackage(REST, PERSISTENCE, OPENAPI, SECURITY)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .as("adapters should reach the core through its ports, never its services");

    static final ArchRule plugins_should_use_only_the_public_api = classes()
            .that().resideInAPackage(MODULES)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, PORTS, SPI, MODULES)
            .as("plug-ins should use only the domain, the ports, the SPI and plug-in code");

    /** What atrium-module-api holds; a module compiles against nothing else, so it must be closed. */
    static final ArchRule module_api_should_depend_on_itself_and_the_jdk_only = classes()
            .that().resideInAnyPackage(DOMAIN, PORTS, SPI)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, PORTS, SPI)
            .as("the module API (domain, ports, SPI) should depend on itself and the JDK only");

    static final ArchRule war_launcher_should_depend_on_the_jdk_only = classes()
            .that().resideInAPackage(BOOT)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BOOT)
            .as("the WAR launcher should depend on the JDK only, because it runs before any library is on the class path");

    static final ArchRule packages_should_be_free_of_cycles = slices()
            .matching("dev.atrium.(**)")
            .should().beFreeOfCycles()
            .as("packages should be free of cycles");

    /**
     * Writes of values and links go through the one pipeline; the token bookkeeping of logins is the platform's
     * own, and the security-versioned repository only passes writes on to the adapter.
     */
    static final ArchRule records_should_be_written_only_through_the_write_pipeline = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .and().doNotHaveFullyQualifiedName("dev.atrium.application.service.WritePipeline")
            .and().doNotHaveFullyQualifiedName("dev.atrium.application.service.LinkWrites")
            .and().doNotHaveFullyQualifiedName("dev.atrium.application.service.AuthService")
            .and().doNotHaveFullyQualifiedName("dev.atrium.application.service.SecurityVersionedRepository")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.assignableTo(RecordRepository.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("insert|insertAll|update|updateEach|updateAll"))))
            .as("records should be written only through the write pipeline");

    static final ArchRule every_package_should_fall_under_a_rule = classes()
            .should().resideInAnyPackage(DOMAIN, APPLICATION, REST, PERSISTENCE, OPENAPI, SECURITY, MODULES, APP, BOOT)
            .as("every package should fall under one of the rules above");

    private ArchitectureRules() {
    }
}

package dev.atrium.app.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks every product class (tests excluded) against the architecture rules. */
@AnalyzeClasses(packages = "dev.atrium", importOptions = ProductClassesOnly.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_should_depend_on_the_jdk_only = ArchitectureRules.domain_should_depend_on_the_jdk_only;

    @ArchTest
    static final ArchRule application_core_should_be_framework_free =
            ArchitectureRules.application_core_should_be_framework_free;

    @ArchTest
    static final ArchRule adapters_should_not_depend_on_each_other =
            ArchitectureRules.adapters_should_not_depend_on_each_other;

    @ArchTest
    static final ArchRule adapters_should_use_ports_not_services = ArchitectureRules.adapters_should_use_ports_not_services;

    @ArchTest
    static final ArchRule plugins_should_use_only_the_public_api = ArchitectureRules.plugins_should_use_only_the_public_api;

    @ArchTest
    static final ArchRule module_api_should_depend_on_itself_and_the_jdk_only =
            ArchitectureRules.module_api_should_depend_on_itself_and_the_jdk_only;

    @ArchTest
    static final ArchRule war_launcher_should_depend_on_the_jdk_only =
            ArchitectureRules.war_launcher_should_depend_on_the_jdk_only;

    @ArchTest
    static final ArchRule packages_should_be_free_of_cycles = ArchitectureRules.packages_should_be_free_of_cycles;

    @ArchTest
    static final ArchRule records_should_be_written_only_through_the_write_pipeline =
            ArchitectureRules.records_should_be_written_only_through_the_write_pipeline;

    @ArchTest
    static final ArchRule every_package_should_fall_under_a_rule = ArchitectureRules.every_package_should_fall_under_a_rule;
}

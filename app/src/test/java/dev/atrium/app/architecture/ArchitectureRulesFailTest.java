package dev.atrium.app.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import dev.atrium.adapter.persistence.DatabaseSettings;
import dev.atrium.adapter.rest.archfixture.RestUsingPersistence;
import dev.atrium.adapter.rest.archfixture.RestUsingService;
import dev.atrium.app.boot.archfixture.BootUsingSlf4j;
import dev.atrium.application.archfixture.ApplicationUsingSpring;
import dev.atrium.application.archfixture.ServiceWritingAroundThePipeline;
import dev.atrium.application.spi.archfixture.SpiUsingService;
import dev.atrium.archcycle.a.CycleA;
import dev.atrium.archcycle.b.CycleB;
import dev.atrium.domain.archfixture.DomainUsingJackson;
import dev.atrium.elsewhere.StrayClass;
import dev.atrium.module.archfixture.PluginUsingService;

/** Each architecture rule fails on a fixture that breaks it, so none of them passes vacuously. */
class ArchitectureRulesFailTest {

    @Test
    void domainRuleCatchesALibrary() {
        assertViolated(ArchitectureRules.domain_should_depend_on_the_jdk_only, DomainUsingJackson.class);
    }

    @Test
    void applicationRuleCatchesSpring() {
        assertViolated(ArchitectureRules.application_core_should_be_framework_free, ApplicationUsingSpring.class);
    }

    @Test
    void adapterIsolationCatchesOneAdapterUsingAnother() {
        assertViolated(ArchitectureRules.adapters_should_not_depend_on_each_other,
                RestUsingPersistence.class, DatabaseSettings.class);
    }

    @Test
    void portRuleCatchesAnAdapterCallingAService() {
        assertViolated(ArchitectureRules.adapters_should_use_ports_not_services, RestUsingService.class);
    }

    @Test
    void pluginRuleCatchesAPluginUsingInternals() {
        assertViolated(ArchitectureRules.plugins_should_use_only_the_public_api, PluginUsingService.class);
    }

    @Test
    void moduleApiRuleCatchesAnSpiTypeReachingIntoServices() {
        assertViolated(ArchitectureRules.module_api_should_depend_on_itself_and_the_jdk_only, SpiUsingService.class);
    }

    @Test
    void launcherRuleCatchesALibrary() {
        assertViolated(ArchitectureRules.war_launcher_should_depend_on_the_jdk_only, BootUsingSlf4j.class);
    }

    @Test
    void cycleRuleCatchesACycle() {
        assertViolated(ArchitectureRules.packages_should_be_free_of_cycles, CycleA.class, CycleB.class);
    }

    @Test
    void pipelineRuleCatchesAServiceWritingAroundIt() {
        assertViolated(ArchitectureRules.records_should_be_written_only_through_the_write_pipeline,
                ServiceWritingAroundThePipeline.class);
    }

    @Test
    void coverageRuleCatchesAStrayPackage() {
        assertViolated(ArchitectureRules.every_package_should_fall_under_a_rule, StrayClass.class);
    }

    private static void assertViolated(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixtures[0].getSimpleName());
    }
}

package dev.atrium.moduleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The built atrium-module-api jar is all a module compiles against, so it must be whole: the domain, the
 * ports and the SPI, and nothing in it may refer to a class that is neither in the jar nor in the JDK
 * (else a module would compile against a type it cannot see, or the SPI would leak the platform's insides).
 */
class ModuleApiJarIT {

    private static JavaClasses classes;
    private static Set<String> names;

    @BeforeAll
    static void importTheJar() throws IOException {
        try (JarFile jar = new JarFile(Path.of(System.getProperty("atrium.module.api.jar")).toFile())) {
            classes = new ClassFileImporter().importJar(jar);
        }
        names = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
    }

    @Test
    void holdsTheDomainThePortsAndTheSpiOnly() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).allMatch(name -> name.startsWith("dev.atrium.domain") || name.startsWith("dev.atrium.application.port")
                        || name.startsWith("dev.atrium.application.spi"));
        assertThat(names).contains("dev.atrium.application.spi.PlatformModule",
                "dev.atrium.application.spi.ModuleContributions", "dev.atrium.application.port.in.UpsertUseCase",
                "dev.atrium.domain.record.Record", "dev.atrium.domain.record.ValidationException");
    }

    @Test
    void refersToNothingOutsideItselfAndTheJdk() {
        Set<String> outside = new TreeSet<>();
        for (JavaClass type : classes) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (!target.isPrimitive() && !target.getName().startsWith("java.") && !names.contains(target.getName())) {
                    outside.add(type.getName() + " -> " + target.getName());
                }
            }
        }
        assertThat(outside).isEmpty();
    }
}

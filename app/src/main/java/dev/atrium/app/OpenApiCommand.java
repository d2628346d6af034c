package dev.atrium.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import dev.atrium.adapter.openapi.OpenApiDocumentRenderer;
import dev.atrium.adapter.openapi.OpenApiSettings;
import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.service.ModuleLoader;
import dev.atrium.domain.metadata.Catalog;

/**
 * {@code java -jar atrium.war openapi [--output FILE] [--version 3.1]}: the OpenAPI document of the
 * modules on the class path and in the modules folder, with the catalog built as start-up builds it, and
 * no server or database.
 * A file named {@code *.yaml} or {@code *.yml} gets YAML, anything else JSON.
 */
final class OpenApiCommand {

    static final String NAME = "openapi";
    private static final String USAGE = "usage: java -jar atrium.war openapi [--output FILE] [--version 3.0|3.1]";

    private OpenApiCommand() {
    }

    /**
     * The command on its own, without the embedded server's classes: the build runs it on the runtime
     * class path, where the servlet container (a provided dependency) is absent.
     */
    public static void main(String[] args) {
        System.exit(run(List.of(args), OpenApiCommand.class.getClassLoader(), System.out, System.err));
    }

    /** @return the exit status: 0 written, 1 the modules or the file failed, 2 bad arguments */
    static int run(List<String> args, ClassLoader modules, PrintStream out, PrintStream err) {
        Path output = null;
        Version version = Version.OPENAPI_3_0;
        for (Iterator<String> options = args.iterator(); options.hasNext();) {
            String option = options.next();
            String value = options.hasNext() ? options.next() : null;
            if (option.equals("--output") && value != null) {
                output = Path.of(value);
            } else if (option.equals("--version") && ("3.0".equals(value) || "3.1".equals(value))) {
                version = value.equals("3.1") ? Version.OPENAPI_3_1 : Version.OPENAPI_3_0;
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        try {
            String document = render(modules, new ApiDocumentFormat(version, notation(output)));
            if (output == null) {
                out.println(document);
            } else {
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, document + "\n", StandardCharsets.UTF_8);
            }
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Atrium cannot describe its API: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The modules' catalog, with the list limits the server would apply. Entities and fields created at runtime
     * live in the database: the document the server serves describes them, this one does not.
     */
    private static String render(ClassLoader modules, ApiDocumentFormat format) {
        AtriumSettings settings = AtriumSettings.fromEnvironment();
        Catalog catalog;
        try (ModuleFolder folder = ModuleFolder.open(settings.modulesDir(), modules)) {
            catalog = CatalogAssembler.assemble(ModuleLoader.discover(modules, folder.modules()), 1);
        }
        OpenApiSettings openApi = OpenApiSettings.forThisBuild(settings.defaultPageSize(), settings.maxPageSize());
        return new OpenApiDocumentRenderer(openApi).render(catalog, format, "/api/v1");
    }

    private static Notation notation(Path output) {
        String name = output == null ? "" : output.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") ? Notation.YAML : Notation.JSON;
    }
}

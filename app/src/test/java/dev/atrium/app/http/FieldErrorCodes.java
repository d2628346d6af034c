package dev.atrium.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The FieldError codes the main sources of every reactor module put in errors, found by reading those sources.
 * Modules built outside the reactor ({@code examples/}) are not shipped in the WAR and document their own codes.
 */
final class FieldErrorCodes {

    private static final List<Pattern> USES = List.of(
            Pattern.compile("new FieldError\\([^,]*,\\s*\"(\\w+)\""),
            Pattern.compile("ValidationException\\.of\\([^,]*,\\s*\"(\\w+)\""),
            Pattern.compile("problems\\.add\\(\"(\\w+)\""),
            Pattern.compile("\\badd\\(\"(\\w+)\", \"'\""),
            Pattern.compile("\"(\\w+)\", \"'\" \\+ attribute \\+ \"' is not a valid"));

    private static final String SEPARATOR = java.io.File.separator;

    private FieldErrorCodes() {
    }

    /** @param root the reactor's folder, holding one folder per module */
    static Set<String> inSources(Path root) {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")
                    && path.toString().contains(SEPARATOR + "src" + SEPARATOR + "main" + SEPARATOR)
                    && !path.toString().contains(SEPARATOR + "target" + SEPARATOR)
                    && !root.relativize(path).startsWith("examples")).toList()) {
                String text = Files.readString(file);
                for (Pattern use : USES) {
                    Matcher found = use.matcher(text);
                    while (found.find()) {
                        codes.add(found.group(1));
                    }
                }
                if (text.contains("wrongType(")) {
                    codes.add("type");
                }
                if (text.contains("FilterValues.invalid(") || text.contains("item.invalid(")) {
                    codes.add("invalidCondition");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}

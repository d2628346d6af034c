package dev.atrium.app.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell examples of a Markdown file, cut into steps: a step is the lines of a {@code sh} block up to
 * the answer it shows ({@code # ->}, continued on the following lines that start with {@code #} and two or
 * more blanks), or up to the end of the block. See {@link ReadmeIT} for the conventions.
 */
final class ReadmeScript {

    static final String SKIP = "# Not run by the README test";
    static final String NEEDS_MODULE = "# Needs the example module";
    private static final Set<String> OTHER_SHELLS = Set.of("bash", "shell", "console", "zsh", "shell-session");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}```\\s*([^\\s`]*).*$");
    private static final String ANSWER = "# -> ";
    private static final Pattern CONTINUED = Pattern.compile("^# {2,}\\S.*$");

    /** A {@code sh} block: where it starts (1-based line of its fence) and whether the test runs it. */
    record Block(Path file, int line, List<String> lines, Kind kind) {

        String where() {
            return file.getFileName() + ":" + line;
        }
    }

    enum Kind { RUN, SKIP, NEEDS_MODULE }

    /** Commands and the answer they show; {@code answer} is null where the step shows none. */
    record Step(Block block, int line, String commands, AnswerShape answer) {

        String where() {
            return block.file().getFileName() + ":" + line;
        }
    }

    private ReadmeScript() {
    }

    /** The {@code sh} blocks of the file, in order; any other shell fence is an error, so none escapes the test. */
    static List<Block> blocks(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            String language = fence.group(1).toLowerCase(Locale.ROOT);
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                body.add(lines.get(i));
            }
            if (OTHER_SHELLS.contains(language)) {
                throw new IllegalStateException(markdown.getFileName() + ":" + (start + 1) + ": a shell example fenced as '"
                        + language + "'; fence it as 'sh', so that the README test runs it or says why not");
            }
            if (language.equals("sh")) {
                blocks.add(new Block(markdown, start + 1, body, kindOf(body)));
            }
        }
        return blocks;
    }

    private static Kind kindOf(List<String> body) {
        String first = body.isEmpty() ? "" : body.get(0);
        if (first.startsWith(SKIP)) {
            return Kind.SKIP;
        }
        return first.startsWith(NEEDS_MODULE) ? Kind.NEEDS_MODULE : Kind.RUN;
    }

    /** The block cut into steps at every answer it shows. */
    static List<Step> steps(Block block) {
        List<Step> steps = new ArrayList<>();
        StringBuilder commands = new StringBuilder();
        int stepLine = block.line() + 1;
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(ANSWER) && !line.equals("# ->")) {
                if (commands.isEmpty()) {
                    stepLine = block.line() + 1 + i;
                }
                commands.append(line).append('\n');
                continue;
            }
            StringBuilder answer = new StringBuilder(line.length() > 5 ? line.substring(ANSWER.length()) : "");
            while (i + 1 < lines.size() && CONTINUED.matcher(lines.get(i + 1)).matches()) {
                answer.append('\n').append(lines.get(++i).substring(1));
            }
            steps.add(new Step(block, stepLine, commands.toString(), AnswerShape.of(answer.toString())));
            commands.setLength(0);
        }
        if (!commands.toString().isBlank()) {
            steps.add(new Step(block, stepLine, commands.toString(), null));
        }
        return steps;
    }
}

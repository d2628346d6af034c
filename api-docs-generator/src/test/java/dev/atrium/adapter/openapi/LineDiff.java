package dev.atrium.adapter.openapi;

import java.util.ArrayList;
import java.util.List;

/** A unified-style line diff (longest common subsequence), so a failed comparison shows what changed. */
final class LineDiff {

    private static final int MAX_LINES = 200;

    private LineDiff() {
    }

    /** Lines only in {@code expected} start with "-", lines only in {@code actual} with "+"; each names its line. */
    static String between(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < a.length || j < b.length) && lines.size() < MAX_LINES) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(String.format("-%5d %s", i + 1, a[i++]));
            } else {
                lines.add(String.format("+%5d %s", j + 1, b[j++]));
            }
        }
        return String.join("\n", lines);
    }
}

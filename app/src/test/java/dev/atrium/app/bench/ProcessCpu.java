package dev.atrium.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time the bench's processes used, read from /proc (Linux): the client, the server and PostgreSQL share
 * the machine's cores, and on a shared machine the CPU a run takes per item moves far less than its rate.
 */
final class ProcessCpu {

    /** Linux reports process times in ticks of 1/100 s to user space, whatever the kernel's own rate. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** CPU used so far by this process, a server process (none when -1) and every PostgreSQL process. */
    record Sample(long self, long server, long database) {

        static Sample take(long serverPid) {
            return new Sample(ticks(ProcessHandle.current().pid()), serverPid < 0 ? 0 : ticks(serverPid), databaseTicks());
        }

        /** The CPU used since {@code before}, in microseconds per item, as {@code total (this, server, database)}. */
        String perItem(Sample before, int items) {
            double self = micros(this.self - before.self, items);
            double server = micros(this.server - before.server, items);
            double database = micros(this.database - before.database, items);
            return String.format("cpu per item: %.1f us (this process %.1f, server %.1f, database %.1f)",
                    self + server + database, self, server, database);
        }

        private static double micros(long ticks, int items) {
            return ticks * NANOS_PER_TICK / 1000.0 / items;
        }
    }

    private ProcessCpu() {
    }

    /** User and system ticks of a live process; none once it ended. */
    private static long ticks(long pid) {
        String[] fields = fields(pid);
        return fields == null ? 0 : ticks(fields);
    }

    /** The user and system ticks in a process's stat fields ({@link #fields}). */
    private static long ticks(String[] fields) {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * Every PostgreSQL process's ticks: the backends alive now, and in the server's own count of its ended
     * children the ones that closed (a JDBC connection's backend ends with it).
     */
    private static long databaseTicks() {
        Map<Long, String[]> postgres = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(path -> {
                long pid = Long.parseLong(path.getFileName().toString());
                if (comm(pid).equals("postgres")) {
                    String[] fields = fields(pid);
                    if (fields != null) {
                        postgres.put(pid, fields);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = 0;
        for (String[] fields : postgres.values()) {
            total += ticks(fields);
            if (!postgres.containsKey(Long.parseLong(fields[1]))) { // the server: its parent is not PostgreSQL
                total += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
        }
        return total;
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** The fields of /proc/PID/stat after the command's name, from the state on (field 3); null once it ended. */
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }
}

package dev.atrium.application.port.out;

/** Counters in the database that every node reads, so that a change made on one node reaches what the others cached. */
public interface VersionCounters {

    /** Adds one to the counter inside the caller's unit of work, so the change and its signal commit together. */
    void increment(String name);

    /** The counter's committed value, read in a transaction of its own. */
    long read(String name);
}

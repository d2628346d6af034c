package dev.atrium.application.port.out;

/** Counters in the database that every node reads, so that a change made on one node reaches what the others cached. */
public interface VersionCounters {

    /** Adds one to the counter inside the caller's unit of work, so the change and its signal commit together. */
    void increment(String name);

    /**
     * Like {@link #increment}, and gives the counter's value after it as this unit of work sees it; the row
     * stays locked until the unit of work ends, so changes announced through one counter happen one at a time.
     */
    long incrementAndRead(String name);

    /** The counter's committed value, read in a transaction of its own. */
    long read(String name);
}

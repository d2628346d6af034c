package dev.atrium.app;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.service.JobService;

/**
 * Runs queued jobs on a daemon thread: polls every second, and keeps going while jobs wait. It starts once
 * Atrium is ready to serve ({@link AtriumRuntime#prepareToServe()}), after the modules' data migrations, so a
 * job queued before a restart never runs on data a migration has yet to change.
 */
final class JobWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

    private final JobService jobs;
    private final ScheduledExecutorService thread = CoreConfiguration.backgroundThread("atrium-jobs");

    JobWorker(JobService jobs) {
        this.jobs = jobs;
    }

    void start() {
        thread.scheduleWithFixedDelay(() -> {
            try {
                while (jobs.runNext()) {
                    LOG.debug("A job ran");
                }
            } catch (RuntimeException e) {
                LOG.warn("The job worker failed: {}", e.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

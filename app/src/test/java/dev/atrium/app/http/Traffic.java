package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A thread sending rounds of requests without pause until stopped, keeping every answer but 200. */
final class Traffic {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger requests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final Thread thread;

    private Traffic(IntFunction<List<ApiResponse>> round) {
        thread = new Thread(() -> {
            for (int n = 1; running.get(); n++) {
                for (ApiResponse answer : round.apply(n)) {
                    requests.incrementAndGet();
                    if (answer.status() != 200) {
                        failures.add(answer.status() + " " + answer.text());
                    }
                }
            }
        });
    }

    /** @param round sends round {@code n} (from 1) and gives its answers */
    static Traffic start(IntFunction<List<ApiResponse>> round) {
        Traffic traffic = new Traffic(round);
        traffic.thread.start();
        return traffic;
    }

    /** Stops; fails on any answer but 200, and when no more than {@code atMost} requests were sent. */
    void stopAndCheck(String answers, int atMost) throws InterruptedException {
        running.set(false);
        thread.join();
        assertThat(failures).as(answers).isEmpty();
        assertThat(requests.get()).as("traffic ran throughout").isGreaterThan(atMost);
    }
}

package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.atrium.application.port.in.AuthenticateUseCase;
import dev.atrium.application.port.in.JobsUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.out.JobStore;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.security.Principal;

/**
 * Queued upserts: the request is stored as a pending job; a worker (any node) claims it, runs it in
 * chunks as the user who queued it, records progress after each chunk, and stores one compact result
 * per item (status, stored, id, message). A job whose node stopped reporting progress for
 * {@link #STALE} is taken over by another node, so jobs survive a restart; the node that went quiet
 * learns at its next progress that the job is no longer its own, and stops.
 */
public final class JobService implements JobsUseCase {

    public static final String UPSERT = "upsert";
    static final Duration STALE = Duration.ofMinutes(5);
    static final int CHUNK = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JobStore jobs;
    private final UpsertUseCase upserts;
    private final AuthenticateUseCase users;
    private final Clock clock;
    private final RecordIds ids;
    private final String nodeId;

    public JobService(JobStore jobs, UpsertUseCase upserts, AuthenticateUseCase users, Clock clock, String nodeId) {
        this.jobs = jobs;
        this.upserts = upserts;
        this.users = users;
        this.clock = clock;
        this.ids = new RecordIds(clock);
        this.nodeId = nodeId;
    }

    @Override
    public String enqueueUpsert(Principal caller, List<UpsertUseCase.Item> items) {
        String id = ids.next();
        jobs.create(new JobStore.StoredJob(id, UPSERT, "Pending", caller.userId(), write(items.stream().map(JobService::item)
                .toList()), null, items.size(), 0, 0, 0, now(), null));
        return id;
    }

    @Override
    public JobView get(Principal caller, String id) {
        JobStore.StoredJob job = jobs.find(id).filter(found -> caller.admin() || caller.userId().equals(found.createdById()))
                .orElseThrow(() -> DomainException.notFound("Job '" + id + "' is not found."));
        List<Map<String, Object>> results = job.results() == null ? null : read(job.results(), new TypeReference<>() { });
        return new JobView(job.id(), job.type(), job.status(), job.total(), job.processed(), job.succeeded(), job.failed(),
                job.createdAt(), job.finishedAt(), results);
    }

    /** Claims and runs one job, if there is one; returns whether it found one. */
    public boolean runNext() {
        LocalDateTime now = now();
        Optional<JobStore.StoredJob> claimed = jobs.claimNext(nodeId, now, now.minus(STALE));
        claimed.ifPresent(this::run);
        return claimed.isPresent();
    }

    private void run(JobStore.StoredJob job) {
        List<Map<String, Object>> results = new ArrayList<>();
        int succeeded = 0;
        int failed = 0;
        try {
            Principal caller = users.principalOf(job.createdById());
            List<Map<String, Object>> items = read(job.payload(), new TypeReference<>() { });
            for (int from = 0; from < items.size(); from += CHUNK) {
                List<UpsertUseCase.Item> chunk = items.subList(from, Math.min(items.size(), from + CHUNK)).stream()
                        .map(JobService::item).toList();
                for (UpsertUseCase.Result result : upserts.upsert(caller, chunk, false)) {
                    results.add(compact(result));
                    if (result.status() == UpsertUseCase.Status.Failed) {
                        failed++;
                    } else {
                        succeeded++;
                    }
                }
                if (!jobs.progress(job.id(), nodeId, results.size(), succeeded, failed, now())) {
                    return;
                }
            }
            jobs.finish(job.id(), nodeId, "Success", write(results), results.size(), succeeded, failed, now());
        } catch (RuntimeException e) {
            jobs.finish(job.id(), nodeId, "Failed", write(List.of(Map.of("message", "The job stopped: "
                    + (e instanceof DomainException ? e.getMessage() : e.getClass().getSimpleName())))),
                    results.size(), succeeded, failed, now());
        }
    }

    private static Map<String, Object> item(UpsertUseCase.Item item) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (item.problem() != null) {
            json.put("problem", item.problem());
        } else {
            json.put("entity", item.entity());
            json.put("payload", item.payload());
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    private static UpsertUseCase.Item item(Map<String, Object> json) {
        return json.containsKey("problem") ? UpsertUseCase.Item.malformed((String) json.get("problem"))
                : new UpsertUseCase.Item((String) json.get("entity"), (Map<String, Object>) json.get("payload"), null);
    }

    private static Map<String, Object> compact(UpsertUseCase.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", result.status().name());
        json.put("stored", result.stored());
        if (result.record() != null) {
            json.put("id", result.record().id());
        }
        if (result.message() != null) {
            json.put("message", result.message());
        }
        return json;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job could not be written as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored job could not be read", e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}

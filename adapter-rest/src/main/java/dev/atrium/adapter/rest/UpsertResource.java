package dev.atrium.adapter.rest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonSerializable;

import dev.atrium.application.port.in.IdempotencyUseCase;
import dev.atrium.application.port.in.JobsUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/**
 * {@code POST /api/v1/MassActions/action/upsert}: a JSON array of {@code {entity, payload}} read
 * item by item with Jackson's streaming parser, answered with one result per item in order (HTTP 200
 * even if every item failed). With {@code Content-Type: application/x-ndjson} one item per line is
 * read and one result per line is streamed back as it is ready, for imports of any size.
 */
@Path("api/v1/MassActions/action")
public class UpsertResource {

    static final String NDJSON = "application/x-ndjson";
    private static final int NDJSON_CHUNK = 500;

    private final UpsertUseCase upserts;
    private final JobsUseCase jobs;
    private final IdempotencyUseCase idempotency;
    private final int maxItems;

    public UpsertResource(UpsertUseCase upserts, JobsUseCase jobs, IdempotencyUseCase idempotency, int maxItems) {
        this.upserts = upserts;
        this.jobs = jobs;
        this.idempotency = idempotency;
        this.maxItems = maxItems;
    }

    /**
     * @param useQueue {@code true}: store the items as a job and answer {@code {"jobId"}} at once
     * @param idempotencyKey a repeat with the same key and body within a day gets the first answer again
     */
    @POST
    @Path("upsert")
    public Response upsert(@Context ContainerRequestContext request, @QueryParam("dryRun") String dryRun,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("Use-Queue") String useQueue,
            @HeaderParam("Idempotency-Key") String idempotencyKey, InputStream body) throws IOException {
        Principal caller = Callers.of(request);
        boolean dry = "true".equalsIgnoreCase(dryRun);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON)) {
            if (idempotencyKey != null || "true".equalsIgnoreCase(useQueue)) {
                throw DomainException.invalid("Idempotency-Key and Use-Queue apply to JSON upserts, not to NDJSON streams.");
            }
            StreamingOutput lines = out -> streamLines(caller, dry, body, out);
            return Response.ok(lines, NDJSON).build();
        }
        if (idempotencyKey == null) {
            return answer(caller, readArray(body), dry, useQueue);
        }
        byte[] bytes = Json.readBytes(body);
        String digest = Digests.sha256(bytes) + (dry ? "|dry" : "") + ("true".equalsIgnoreCase(useQueue) ? "|queue" : "");
        Optional<IdempotencyUseCase.Answer> replay = idempotency.claim(caller, idempotencyKey, digest);
        if (replay.isPresent()) {
            return Response.status(replay.get().status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Idempotent-Replayed", "true").entity(replay.get().body()).build();
        }
        try {
            Response response = answer(caller, readArray(new ByteArrayInputStream(bytes)), dry, useQueue);
            String text = Json.MAPPER.writeValueAsString(response.getEntity());
            idempotency.remember(caller, idempotencyKey, new IdempotencyUseCase.Answer(response.getStatus(), text));
            return Response.status(response.getStatus()).type(MediaType.APPLICATION_JSON_TYPE).entity(text).build();
        } catch (RuntimeException e) {
            idempotency.release(caller, idempotencyKey);
            throw e;
        }
    }

    private Response answer(Principal caller, List<UpsertUseCase.Item> items, boolean dryRun, String useQueue) {
        if ("true".equalsIgnoreCase(useQueue)) {
            if (dryRun) {
                throw DomainException.invalid("A dry run answers at once; it cannot be queued.");
            }
            return Response.ok(Map.of("jobId", jobs.enqueueUpsert(caller, items)), MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<Map<String, Object>> answer = new ArrayList<>(items.size());
        Function<Record, JsonSerializable> records = RecordJson.writers();
        upserts.upsert(caller, items, dryRun).forEach(result -> answer.add(UpsertJson.of(result, records)));
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private List<UpsertUseCase.Item> readArray(InputStream body) {
        try (JsonParser parser = Json.STREAMING.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw DomainException.invalid("The request body must be a JSON array of {\"entity\", \"payload\"} items.");
            }
            List<UpsertUseCase.Item> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (items.size() >= maxItems) {
                    throw new DomainException(DomainException.Kind.TOO_LARGE, "An upsert takes at most " + maxItems
                            + " items; send more in several requests, or as application/x-ndjson.");
                }
                items.add(UpsertJson.item(Json.STREAMING.readValue(parser, Object.class)));
            }
            if (parser.nextToken() != null) {
                throw DomainException.invalid("Malformed JSON: content after the array.");
            }
            return items;
        } catch (JsonProcessingException e) {
            throw DomainException.invalid(JsonErrors.describe(e));
        } catch (IOException e) {
            throw Json.unreadable(e);
        }
    }

    /** Reads NDJSON in chunks and writes each chunk's results as soon as it is done. */
    private void streamLines(Principal caller, boolean dryRun, InputStream body, OutputStream out) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()));
        List<UpsertUseCase.Item> chunk = new ArrayList<>(NDJSON_CHUNK);
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                chunk.add(UpsertJson.line(line));
                if (chunk.size() == NDJSON_CHUNK) {
                    writeResults(caller, dryRun, chunk, out);
                    chunk.clear();
                }
            }
        } catch (CharacterCodingException e) {
            chunk.add(UpsertUseCase.Item.malformed("The stream is not valid UTF-8 from here on; the rest was not read."));
        }
        writeResults(caller, dryRun, chunk, out);
    }

    private void writeResults(Principal caller, boolean dryRun, List<UpsertUseCase.Item> chunk, OutputStream out)
            throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        Function<Record, JsonSerializable> records = RecordJson.writers();
        for (UpsertUseCase.Result result : upserts.upsert(caller, chunk, dryRun)) {
            Json.MAPPER.writeValue(new NonClosing(out), UpsertJson.of(result, records));
            out.write('\n');
        }
        out.flush();
    }

    /** Jackson closes the stream it writes to; the response stream must stay open between lines. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package dev.atrium.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.domain.DomainException;

/** The one ObjectMapper of the REST adapter, and the reading of request bodies with clear errors. */
final class Json {

    private static final Logger LOG = LoggerFactory.getLogger(Json.class);

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** For reading a large body item by item: a sub-tree is followed by more tokens, so trailing ones are allowed here. */
    static final ObjectMapper STREAMING = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** Reads a body that must be one JSON object, into plain Java values. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(InputStream body) {
        JsonNode node = readTree(body);
        if (!node.isObject()) {
            throw DomainException.invalid("The request body must be a JSON object.");
        }
        return MAPPER.convertValue(node, Map.class);
    }

    /** Reads any JSON body into plain Java values (maps, lists, strings, numbers, booleans); an empty body is null. */
    static Object readValue(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        return MAPPER.convertValue(readTree(new java.io.ByteArrayInputStream(body)), Object.class);
    }

    static JsonNode readTree(InputStream body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw DomainException.invalid("The request body is empty; it must be JSON.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw DomainException.invalid(JsonErrors.describe(e));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The whole body, for routes that look at it before reading it as JSON. */
    static byte[] readBytes(InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * A body that could not be read: too large or not UTF-8 (a limit of ours, said as such), or cut
     * off by the client, which closed the connection or broke the framing. The last is the client's
     * business, so it is logged as one line at debug level, not as an incident.
     */
    static DomainException unreadable(IOException e) {
        if (e.getCause() instanceof DomainException domain) {
            return domain;
        }
        LOG.debug("A request body could not be read to its end: {}", e.toString());
        return DomainException.invalid(
                "The request body could not be read to its end: the client closed the connection or sent a broken body.");
    }
}

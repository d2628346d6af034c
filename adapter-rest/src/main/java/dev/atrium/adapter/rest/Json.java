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

import dev.atrium.domain.DomainException;

/** The one ObjectMapper of the REST adapter, and the reading of request bodies with clear errors. */
final class Json {

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
            throw DomainException.invalid("Malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalid("The request body could not be read: " + e.getMessage());
        }
    }
}

package dev.atrium.adapter.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.port.out.DatabaseUnavailableException;

/** The database is away: 503, so clients and load balancers know to retry, with the cause in the log only. */
@Provider
public class DatabaseUnavailableExceptionMapper implements ExceptionMapper<DatabaseUnavailableException> {

    static final String REASON = "The database is unavailable; try again later.";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableExceptionMapper.class);

    @Override
    public Response toResponse(DatabaseUnavailableException exception) {
        LOG.warn("Answered 503: {}", exception.getMessage());
        return ErrorResponses.of(503, REASON, List.of());
    }
}

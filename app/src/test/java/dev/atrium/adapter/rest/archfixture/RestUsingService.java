package dev.atrium.adapter.rest.archfixture;

import dev.atrium.application.service.RecordService;

/** Bad on purpose: an adapter calling a service instead of a port. */
public class RestUsingService {
    RecordService service;
}

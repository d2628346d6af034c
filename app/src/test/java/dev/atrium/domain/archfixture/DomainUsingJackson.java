package dev.atrium.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Bad on purpose: the domain reaching for a library. */
public class DomainUsingJackson {
    final ObjectMapper mapper = new ObjectMapper();
}

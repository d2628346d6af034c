package dev.atrium.adapter.openapi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.atrium.application.port.out.ApiDocumentRenderer;

/** The OpenAPI adapter's one bean: the renderer behind the {@link ApiDocumentRenderer} port. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    ApiDocumentRenderer apiDocumentRenderer(OpenApiSettings settings) {
        return new OpenApiDocumentRenderer(settings);
    }
}

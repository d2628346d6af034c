/** OpenAPI adapter: writes this instance's API document from the entity catalog with swagger-core's model. */
package dev.atrium.adapter.openapi;

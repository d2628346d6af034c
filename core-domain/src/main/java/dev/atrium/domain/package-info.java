/** Atrium's domain: entity metadata, records and queries, in plain Java with no framework. */
package dev.atrium.domain;

/**
 * Persistence adapter: class-less Hibernate entities generated from the catalog, Liquibase
 * migrations (static for core tables, generated for entities) and a HikariCP pool.
 */
package dev.atrium.adapter.persistence;

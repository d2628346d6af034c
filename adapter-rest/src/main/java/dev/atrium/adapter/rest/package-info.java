/** REST adapter: the AtroCore-compatible {@code /api/v1} resources, JSON mapping and error answers. */
package dev.atrium.adapter.rest;

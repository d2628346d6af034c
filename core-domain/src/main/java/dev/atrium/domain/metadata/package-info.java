/** Entity metadata: the immutable catalog of entities, fields, links and indexes that drives every layer. */
package dev.atrium.domain.metadata;

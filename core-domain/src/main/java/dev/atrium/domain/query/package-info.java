/** The query model: what a list request asks of a repository (paging, order, conditions). */
package dev.atrium.domain.query;

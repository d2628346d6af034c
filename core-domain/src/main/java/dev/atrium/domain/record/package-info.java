/** Records of any entity: typed values, their conversion from API input and their validation. */
package dev.atrium.domain.record;

/** The security model: who is calling, and what roles let them do with each entity and field. */
package dev.atrium.domain.security;

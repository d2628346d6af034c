/** Inbound ports: the use cases that adapters call, with self-validating commands and queries. */
package dev.atrium.application.port.in;

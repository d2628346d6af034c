/** Outbound ports: what the core needs from the outside world (storage, transactions, schema). */
package dev.atrium.application.port.out;

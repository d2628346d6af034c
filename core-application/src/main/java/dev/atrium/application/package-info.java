/** Atrium's application core: use cases, the ports they need, and the plug-in SPI. No framework. */
package dev.atrium.application;

/** Test support for module authors: Atrium on H2 with the module on the class path, and an HTTP client. */
package dev.atrium.testing;

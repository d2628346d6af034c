/** Services implementing the use cases, and the loading of modules into a catalog. */
package dev.atrium.application.service;

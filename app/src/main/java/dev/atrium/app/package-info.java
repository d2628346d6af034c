/** The composition root: configuration, wiring of core and adapters, module loading, servlet and launcher. */
package dev.atrium.app;

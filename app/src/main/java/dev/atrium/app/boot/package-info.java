/** The {@code java -jar atrium.war} bootstrap; it sits at the WAR's root and uses the JDK only. */
package dev.atrium.app.boot;

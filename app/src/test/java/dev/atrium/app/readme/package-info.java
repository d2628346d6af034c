/** The README run as written: its shell examples against a started WAR, their answers compared with the shown ones. */
package dev.atrium.app.readme;

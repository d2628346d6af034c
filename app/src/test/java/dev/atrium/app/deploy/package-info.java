/** The packaged WAR deployed into real servlet container distributions, started as their own processes. */
package dev.atrium.app.deploy;

/** The plug-in SPI: what a module implements and what it may contribute. The only API plug-ins see besides the domain and ports. */
package dev.atrium.application.spi;

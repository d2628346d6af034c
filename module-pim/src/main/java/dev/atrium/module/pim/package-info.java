/** The PIM plug-in: product information entities (brands, products, ...) contributed as definitions. */
package dev.atrium.module.pim;

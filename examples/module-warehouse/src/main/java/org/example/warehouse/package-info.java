/** The warehouse module: warehouses, stock levels of products, and the rules and routes around them. */
package org.example.warehouse;

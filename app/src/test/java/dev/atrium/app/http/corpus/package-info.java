/** The bad-input corpus: requests as data, a raw HTTP client, and a fingerprint of the database. */
package dev.atrium.app.http.corpus;

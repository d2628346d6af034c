/** Security adapter: slow, salted password hashing with a well-kept library. */
package dev.atrium.adapter.security;

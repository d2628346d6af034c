package dev.atrium.elsewhere;

/** Bad on purpose: a class in a package no rule speaks of. */
public class StrayClass {
}

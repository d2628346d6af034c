package dev.atrium.archcycle.a;

import dev.atrium.archcycle.b.CycleB;

/** Bad on purpose: half of a package cycle. */
public class CycleA {
    CycleB other;
}

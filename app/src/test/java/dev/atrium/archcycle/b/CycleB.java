package dev.atrium.archcycle.b;

import dev.atrium.archcycle.a.CycleA;

/** Bad on purpose: the other half of a package cycle. */
public class CycleB {
    CycleA other;
}

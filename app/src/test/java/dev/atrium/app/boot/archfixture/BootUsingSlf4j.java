package dev.atrium.app.boot.archfixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bad on purpose: the WAR launcher needing a library it cannot see yet. */
public class BootUsingSlf4j {
    static final Logger LOG = LoggerFactory.getLogger(BootUsingSlf4j.class);
}

package dev.atrium.application.archfixture;

import org.springframework.context.ApplicationContext;

/** Bad on purpose: the application core depending on Spring. */
public class ApplicationUsingSpring {
    ApplicationContext context;
}

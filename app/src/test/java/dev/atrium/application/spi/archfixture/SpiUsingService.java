package dev.atrium.application.spi.archfixture;

import dev.atrium.application.service.ModuleException;

/** Bad on purpose: an SPI type that hands a module a service class, which the module API does not hold. */
public interface SpiUsingService {
    ModuleException problem();
}

package dev.atrium.app;

import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.spi.PlatformUseCases;

/** The use cases module code acts with, as wired in {@link CoreConfiguration}. */
record PlatformUseCaseSet(GetRecordUseCase reads, ListRecordsUseCase lists, UpsertUseCase upserts,
        MassActionsUseCase massActions) implements PlatformUseCases {
}

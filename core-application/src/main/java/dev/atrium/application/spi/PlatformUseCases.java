package dev.atrium.application.spi;

import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.UpsertUseCase;

/** The platform's own use cases that module code acts with, so access control, validation and hooks apply. */
public interface PlatformUseCases {

    GetRecordUseCase reads();

    ListRecordsUseCase lists();

    UpsertUseCase upserts();

    MassActionsUseCase massActions();
}

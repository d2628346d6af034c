package dev.atrium.application.port.in;

/** Changes or deletes many records of one entity at once, chosen by ids or by a condition. */
public interface MassActionsUseCase {

    /** @return how many records were changed */
    int massUpdate(MassUpdateCommand command);

    /** @return how many records were deleted */
    int massDelete(MassSelection selection);
}

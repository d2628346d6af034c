package dev.atrium.application.port.in;

/** Changes some attributes of a live record; attributes not given keep their values. */
public interface UpdateRecordUseCase {

    UpdateRecordResult update(UpdateRecordCommand command);
}

package dev.atrium.application.port.in;

/** Deletes a record: softly (it stays, marked deleted) or permanently. */
public interface DeleteRecordUseCase {

    void delete(DeleteRecordCommand command);
}

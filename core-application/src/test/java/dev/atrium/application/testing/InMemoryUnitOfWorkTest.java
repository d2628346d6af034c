package dev.atrium.application.testing;

import static dev.atrium.application.testing.Widgets.WIDGET;
import static dev.atrium.application.testing.Widgets.widget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest {

    private final InMemoryRecordRepository repository = new InMemoryRecordRepository();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(repository);

    private void insert(String id) {
        repository.insert(WIDGET, widget(id, id, null, null));
    }

    private boolean exists(String id) {
        return unitOfWork.readOnly(() -> repository.idExists(WIDGET, id));
    }

    @Test
    void returnsTheResultAndKeepsTheWrites() {
        String result = unitOfWork.inTransaction(() -> {
            insert("w1");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(unitOfWork.committed()).isEqualTo(1);
        assertThat(exists("w1")).isTrue();
    }

    @Test
    void undoesEveryWriteWhenTheWorkThrows() {
        unitOfWork.inTransaction(() -> {
            insert("w1");
            return null;
        });
        RuntimeException failure = new RuntimeException("boom");

        Throwable thrown = catchThrowable(() -> unitOfWork.inTransaction(() -> {
            insert("w2");
            repository.update(WIDGET, "w1", Map.of("size", 9L));
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(exists("w2")).isFalse();
        assertThat(unitOfWork.readOnly(() -> repository.findById(WIDGET, "w1", false).orElseThrow().get("size"))).isNull();
        assertThat(unitOfWork.rolledBack()).isEqualTo(1);
    }

    @Test
    void aNestedCallJoinsTheOuterTransaction() {
        catchThrowable(() -> unitOfWork.inTransaction(() -> {
            insert("w1");
            unitOfWork.inTransaction(() -> {
                insert("w2");
                return null;
            });
            throw new IllegalStateException("outer fails");
        }));

        assertThat(exists("w1")).isFalse();
        assertThat(exists("w2")).isFalse();
    }

    @Test
    void aFailureCaughtInsideTheOuterTransactionUndoesNothing() {
        unitOfWork.inTransaction(() -> {
            insert("w1");
            catchThrowable(() -> unitOfWork.inTransaction(() -> {
                insert("w2");
                throw new IllegalStateException("inner fails");
            }));
            return null;
        });

        assertThat(exists("w1")).isTrue();
        assertThat(exists("w2")).isTrue();
        assertThat(unitOfWork.rolledBack()).isZero();
    }

    @Test
    void aReadOnlyUnitOfWorkMustNotWrite() {
        assertThatIllegalStateException().isThrownBy(() -> unitOfWork.readOnly(() -> {
            insert("w1");
            return null;
        })).withMessageContaining("read-only");
        assertThat(exists("w1")).isFalse();
    }

    @Test
    void theRepositoryRefusesWorkOutsideAUnitOfWork() {
        assertThatIllegalStateException().isThrownBy(() -> insert("w1")).withMessageContaining("outside a unit of work");
        assertThat(unitOfWork.isActive()).isFalse();
    }
}

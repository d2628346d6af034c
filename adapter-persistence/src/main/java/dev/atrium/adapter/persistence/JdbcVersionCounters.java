package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.atrium.application.port.out.VersionCounters;

/**
 * Counters in the core table {@code atrium_version}, one row each, created by the core changelog.
 * An increment runs on the connection of the caller's unit of work, so it commits or rolls back with
 * the write it announces; a read takes a connection of its own and sees only committed values.
 */
final class JdbcVersionCounters implements VersionCounters {

    private final HibernateUnitOfWork unitOfWork;
    private final DataSource dataSource;

    JdbcVersionCounters(HibernateUnitOfWork unitOfWork, DataSource dataSource) {
        this.unitOfWork = unitOfWork;
        this.dataSource = dataSource;
    }

    @Override
    public void increment(String name) {
        unitOfWork.session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(Sql.quoted(connection,
                    "UPDATE `atrium_version` SET `version` = `version` + 1 WHERE `name` = ?"))) {
                update.setString(1, name);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no version counter '" + name + "' in atrium_version");
                }
            }
        });
    }

    @Override
    public long incrementAndRead(String name) {
        increment(name);
        return unitOfWork.session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(Sql.quoted(connection,
                    "SELECT `version` FROM `atrium_version` WHERE `name` = ?"))) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    @Override
    public long read(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(Sql.quoted(connection,
                     "SELECT `version` FROM `atrium_version` WHERE `name` = ?"))) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                long version = row.next() ? row.getLong(1) : 0;
                connection.commit();
                return version;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the version counter '" + name + "': " + e.getMessage(), e);
        }
    }
}

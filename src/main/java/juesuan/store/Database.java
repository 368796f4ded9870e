package juesuan.store;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import juesuan.i18n.Msg;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** An open database: migrated to the newest schema on open. */
public final class Database implements AutoCloseable {
    /** File name (without H2's .mv.db) of the embedded database in the data directory. */
    public static final String FILE_NAME = "juesuan";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path file;

    private Database(JdbcConnectionPool pool, Path file) {
        this.pool = pool;
        this.file = file;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /**
     * Opens (creating when missing) the embedded H2 database at {@code file} (with or without ".mv.db") and
     * applies the pending migrations.
     */
    public static Database openFile(Path file) {
        Path base = stripExtension(file.toAbsolutePath());
        try {
            Files.createDirectories(base.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException(Msg.get("store.cannotCreateDir", base.getParent()), e);
        }
        String url = "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        if (schemaVersion(pool) < LATEST_MIGRATION) {
            migrate(pool);
        }
        return new Database(pool, Path.of(base + ".mv.db"));
    }

    /** Whether an embedded database exists at that place. */
    public static boolean exists(Path file) {
        return Files.exists(Path.of(stripExtension(file.toAbsolutePath()) + ".mv.db"));
    }

    private static Path stripExtension(Path file) {
        String s = file.toString();
        return s.endsWith(".mv.db") ? Path.of(s.substring(0, s.length() - ".mv.db".length())) : file;
    }

    /**
     * The highest migration the app ships ({@code V<n>__*.sql}); a test keeps it equal to the files. A database at
     * this version opens without starting Flyway, which would cost a noticeable part of a second at every start.
     */
    public static final int LATEST_MIGRATION = 3;

    /** The applied schema version, 0 for a new database. */
    static int schemaVersion(DataSource ds) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        } catch (java.sql.SQLException e) {
            return 0;
        }
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    static void migrate(DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The database file, for messages. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}

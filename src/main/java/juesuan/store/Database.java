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
        migrate(pool);
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

package juesuan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.sql.DataSource;
import juesuan.failure.ErrorLog;
import juesuan.failure.Failures;
import juesuan.failure.Failures.DatabaseProblem;
import juesuan.i18n.Msg;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * An open database, migrated to the newest schema. Opened for editing, every commit is written to the file before
 * it returns (H2's {@code WRITE_DELAY=0}: no committed edit waits in memory). Opened for reading, the file is not
 * changed at all: H2 opens it read-only, and an older schema is migrated in a temporary copy.
 */
public final class Database implements AutoCloseable {
    /** File name (without H2's .mv.db) of the embedded database in the data directory. */
    public static final String FILE_NAME = "juesuan";
    /** H2's file extension. */
    public static final String EXTENSION = ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path file;
    private final Path temporaryCopy;

    private Database(JdbcConnectionPool pool, Path file, Path temporaryCopy) {
        this.pool = pool;
        this.file = file;
        this.temporaryCopy = temporaryCopy;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** The failure to open a database, with its kind (in use, read-only, disk full, damaged …). */
    public static final class OpenFailure extends StoreException {
        private static final long serialVersionUID = 1L;
        private final transient DatabaseProblem problem;

        OpenFailure(Throwable cause, Path file) {
            this(cause, file, Failures.databaseProblem(cause));
        }

        OpenFailure(Throwable cause, Path file, DatabaseProblem problem) {
            super(problem == DatabaseProblem.DAMAGED ? Msg.get("failure.databaseDamaged", file) : Failures.database(cause, file),
                    cause);
            this.problem = problem;
        }

        public DatabaseProblem problem() {
            return problem;
        }

        /** Whether the file itself is unusable (as opposed to locked, read-only or a full disk). */
        public boolean damaged() {
            return problem == DatabaseProblem.DAMAGED || problem == DatabaseProblem.OTHER;
        }
    }

    /**
     * Opens for editing (creating when missing) the embedded H2 database at {@code file} (with or without ".mv.db")
     * and applies the pending migrations, after a backup of an existing database.
     */
    public static Database openFile(Path file) {
        Path base = base(file);
        Path mv = Path.of(base + EXTENSION);
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new StoreException(Failures.database(e, mv), e);
        }
        if (Files.isDirectory(mv)) {
            throw new OpenFailure(new IOException("not a file: " + mv), mv, DatabaseProblem.DAMAGED);
        }
        boolean existed = Files.exists(mv);
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "sa", "");
        try {
            int version = schemaVersion(pool);
            if (version < LATEST_MIGRATION) {
                if (existed && version > 0) {
                    backup(pool, backupFolder(mv).resolve("before-V" + LATEST_MIGRATION + "-" + stamp() + ".zip"));
                }
                migrate(pool);
            }
            return new Database(pool, mv, null);
        } catch (RuntimeException | SQLException e) {
            pool.dispose();
            ErrorLog.record("opening " + mv, e);
            throw e instanceof StoreException se ? se : new OpenFailure(e, mv);
        }
    }

    /**
     * Opens an existing database for reading only: the file stays byte-for-byte as it is. An older schema is
     * migrated in a temporary copy, removed on close.
     */
    public static Database openReadOnly(Path file) {
        Path mv = Path.of(base(file) + EXTENSION);
        if (Files.isDirectory(mv) || !Files.exists(mv) || sizeOf(mv) == 0) {
            throw new OpenFailure(new IOException("not a database file: " + mv), mv, DatabaseProblem.DAMAGED);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base(file)
                + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        try {
            if (schemaVersion(pool) >= LATEST_MIGRATION) {
                return new Database(pool, mv, null);
            }
            pool.dispose();
            Path dir = Files.createTempDirectory("juesuan-read");
            Path copy = dir.resolve(FILE_NAME + EXTENSION);
            Files.copy(mv, copy, StandardCopyOption.COPY_ATTRIBUTES);
            JdbcConnectionPool copied = JdbcConnectionPool.create("jdbc:h2:file:" + base(copy)
                    + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
            migrate(copied);
            return new Database(copied, mv, dir);
        } catch (RuntimeException | SQLException | IOException e) {
            pool.dispose();
            ErrorLog.record("opening read-only " + mv, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            // read-only, H2 refuses when the file needs repairing: that is a damaged file, not a read-only folder
            DatabaseProblem problem = Failures.databaseProblem(e);
            throw new OpenFailure(e, mv, problem == DatabaseProblem.READ_ONLY ? DatabaseProblem.DAMAGED : problem);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Creates a new database file complete or not at all: it is built under a temporary name beside {@code file},
     * filled by {@code fill}, closed and moved into place; then opened for editing. A crash on the way leaves no
     * half-built database under the real name.
     */
    public static Database create(Path file, java.util.function.Consumer<Database> fill) {
        Path mv = mvFile(file);
        Path tmp = mv.resolveSibling("." + mv.getFileName() + "." + ProcessHandle.current().pid() + ".creating" + EXTENSION);
        try {
            Files.deleteIfExists(tmp);
            try (Database db = openFile(tmp)) {
                fill.accept(db);
            }
            Files.move(tmp, mv, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Failures.database(e, mv), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless: it is never opened under the real name
            }
        }
        return openFile(mv);
    }

    /** A new database in memory (for reading reports recovered from the history without writing any file). */
    public static Database openInMemory() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:juesuan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        migrate(pool);
        return new Database(pool, null, null);
    }

    /** Whether an embedded database exists at that place. */
    public static boolean exists(Path file) {
        return Files.exists(Path.of(base(file) + EXTENSION));
    }

    /** The H2 file ({@code X.mv.db}) of a database named with or without its extension. */
    public static Path mvFile(Path file) {
        return Path.of(base(file) + EXTENSION);
    }

    private static Path base(Path file) {
        String s = file.toAbsolutePath().toString();
        return s.endsWith(EXTENSION) ? Path.of(s.substring(0, s.length() - EXTENSION.length())) : Path.of(s);
    }

    /**
     * Opens a copy of a whole-database backup (a zip made by {@link #backup}) in a temporary folder, migrated to the
     * current schema when it is older; the copy goes when the database is closed. The backup itself is not touched.
     */
    public static Database openBackup(Path zip) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("juesuan-backup");
            Path copy = dir.resolve(FILE_NAME + EXTENSION);
            boolean found = false;
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                for (java.util.zip.ZipEntry e; !found && (e = in.getNextEntry()) != null; ) {
                    if (e.getName().endsWith(EXTENSION)) {
                        Files.copy(in, copy);
                        found = true;
                    }
                }
            }
            if (!found) {
                throw new IOException("no database in " + zip);
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base(copy)
                    + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
            try {
                if (schemaVersion(pool) < LATEST_MIGRATION) {
                    migrate(pool);
                }
            } catch (RuntimeException | SQLException e) {
                pool.dispose();
                throw e;
            }
            return new Database(pool, copy, dir);
        } catch (IOException | SQLException | RuntimeException e) {
            ErrorLog.record("opening the backup " + zip, e);
            deleteQuietly(dir);
            throw new StoreException(Msg.get("store.backupUnreadable", zip.getFileName()), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system clears it
        }
    }

    /** The whole-database backups kept beside a database, newest first. */
    public static java.util.List<Path> backups(Path file) {
        Path folder = backupFolder(file);
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (var list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /** Where whole-database backups ({@code BACKUP TO}) of this database are kept: {@code <name>-backups/} beside it. */
    public static Path backupFolder(Path file) {
        Path mv = mvFile(file);
        String name = mv.getFileName().toString();
        return mv.resolveSibling(name.substring(0, name.length() - EXTENSION.length()) + "-backups");
    }

    static String stamp() {
        return LocalDateTime.now().format(STAMP);
    }

    /**
     * The highest migration the app ships ({@code V<n>__*.sql}); a test keeps it equal to the files. A database at
     * this version opens without starting Flyway, which would cost a noticeable part of a second at every start.
     */
    public static final int LATEST_MIGRATION = 9;

    /** The applied schema version, 0 for a new database. Fails when the database cannot be opened at all. */
    static int schemaVersion(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return 0;
                }
            }
            try (java.sql.ResultSet rs = s.executeQuery(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
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

    private static void backup(DataSource ds, Path zip) throws SQLException {
        try {
            Files.createDirectories(zip.getParent());
        } catch (IOException e) {
            throw new StoreException(Failures.database(e, zip), e);
        }
        try (Connection c = ds.getConnection(); java.sql.PreparedStatement s = c.prepareStatement("BACKUP TO ?")) {
            s.setString(1, zip.toString());
            s.execute();
        }
    }

    /**
     * Takes a whole-database backup (H2 {@code BACKUP TO}, a zip of the consistent file) into the backup folder,
     * named after the occasion ("before-import", "before-finalize" …). Returns the zip.
     */
    public Path backup(String occasion) {
        Path zip = backupFolder(file).resolve(occasion + "-" + stamp() + ".zip");
        try {
            backup(pool, zip);
            ErrorLog.info("database backup " + zip);
            return zip;
        } catch (SQLException | RuntimeException e) {
            ErrorLog.record("backup " + zip, e);
            throw new StoreException(Msg.get("store.backupFailed", Failures.database(e, zip)), e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The database file (X.mv.db), for messages; null for a database in memory. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        pool.dispose();
        if (temporaryCopy != null) {
            try (var files = Files.list(temporaryCopy)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(temporaryCopy);
            } catch (IOException ignored) {
                // a temporary copy left behind is harmless
            }
        }
    }
}

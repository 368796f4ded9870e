package juesuan.failure;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import juesuan.i18n.Msg;
import juesuan.model.InputError;

/**
 * The one place that turns a failure into the Chinese sentence a user reads. Database failures are told by H2's
 * error codes, file failures by the JDK's exception types and the system's own words (disk full, permission
 * denied); a {@link UserFailure} or a refused input already carries its sentence. Anything else becomes "an
 * unexpected error", with its details in the {@link ErrorLog}.
 */
public final class Failures {
    // H2's error codes (org.h2.api.ErrorCode), named here so that only the store links to H2 itself.
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int FILE_CORRUPTED = 90030;
    static final int FILE_VERSION_ERROR = 90048;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int IO_EXCEPTION_1 = 90028;
    static final int IO_EXCEPTION_2 = 90031;
    static final int FILE_CREATION_FAILED = 90062;
    static final int DATABASE_IS_READ_ONLY = 90097;
    static final int NUMERIC_VALUE_OUT_OF_RANGE = 22003;
    static final int GENERAL_ERROR = 50000;

    private Failures() {
    }

    /** What went wrong with a database, by kind. */
    public enum DatabaseProblem {
        /** Another 决算公开助手 (or another program) has the file open. */
        IN_USE,
        /** The folder or file cannot be written. */
        READ_ONLY,
        /** No space left. */
        DISK_FULL,
        /** The file is not a readable database (truncated, overwritten, another kind of file). */
        DAMAGED,
        /** A figure too large for the database. */
        OUT_OF_RANGE,
        /** Something else. */
        OTHER
    }

    /** The kind of a database failure, from the H2 error codes and system messages in its cause chain. */
    public static DatabaseProblem databaseProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = lower(t.getMessage());
            if (text.contains("no space left") || text.contains("disk full") || text.contains("not enough space")) {
                return DatabaseProblem.DISK_FULL;
            }
            if (t instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")
                    || text.contains("operation not permitted")
                    || text.contains("read-only file system") || text.contains("read only file system")) {
                return DatabaseProblem.READ_ONLY;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                switch (s.getErrorCode()) {
                    case DATABASE_ALREADY_OPEN:
                        return DatabaseProblem.IN_USE;
                    case DATABASE_IS_READ_ONLY:
                        return DatabaseProblem.READ_ONLY;
                    case NUMERIC_VALUE_OUT_OF_RANGE:
                        return DatabaseProblem.OUT_OF_RANGE;
                    case FILE_CORRUPTED, FILE_VERSION_ERROR, FILE_ENCRYPTION_ERROR, IO_EXCEPTION_1, IO_EXCEPTION_2,
                            GENERAL_ERROR:
                        return DatabaseProblem.DAMAGED;
                    default:
                        break;
                }
            }
            if (lower(t.getMessage()).contains("database may be already in use")) {
                return DatabaseProblem.IN_USE;
            }
        }
        return DatabaseProblem.OTHER;
    }

    /** The sentence for a failure to open or use the database in {@code file}. */
    public static String database(Throwable e, Path file) {
        String place = String.valueOf(file);
        return switch (databaseProblem(e)) {
            case IN_USE -> Msg.get("failure.databaseInUse", place);
            case READ_ONLY -> Msg.get("failure.readOnly", parentOf(file));
            case DISK_FULL -> file == null ? Msg.get("failure.diskFullSomewhere") : Msg.get("failure.diskFull", parentOf(file));
            case DAMAGED -> Msg.get("failure.databaseDamaged", place);
            case OUT_OF_RANGE -> Msg.get("failure.outOfRange");
            case OTHER -> unexpected(e);
        };
    }

    /** The sentence for any failure. */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserFailure || t instanceof InputError) {
                return t.getMessage();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = lower(t.getMessage());
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")) {
                // libraries (the PDF writer among them) pass the system's words on in exceptions of their own
                return t instanceof FileSystemException f && f.getFile() != null
                        ? Msg.get("failure.diskFull", parentOf(Path.of(f.getFile()))) : Msg.get("failure.diskFullSomewhere");
            }
            if (t instanceof AccessDeniedException a) {
                return Msg.get("failure.readOnly", parentOf(Path.of(a.getFile())));
            }
            if (t instanceof NoSuchFileException n) {
                return Msg.get("failure.noSuchFile", n.getFile());
            }
            if (t instanceof FileSystemException f && (text.contains("read-only file system")
                    || text.contains("operation not permitted") || text.contains("permission denied"))) {
                return Msg.get("failure.readOnly", parentOf(Path.of(f.getFile())));
            }
            if (t instanceof SQLException) {
                return database(e, null);
            }
        }
        return unexpected(e);
    }

    /**
     * The sentence for a failure to write a file into a folder the officer chose, often a USB stick: the folder
     * gone (the stick pulled out), no room, write protection, or a copy that did not read back the same.
     */
    public static String writingTo(Throwable e, Path folder) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = lower(t.getMessage());
            if (t instanceof NoSuchFileException) {
                return Msg.get("failure.folderGone", folder);
            }
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                    || text.contains("out of disk space")) {
                return Msg.get("failure.folderFull", folder);
            }
            if (t instanceof AccessDeniedException || text.contains("read-only file system") || text.contains("permission denied")
                    || text.contains("operation not permitted") || text.contains("write-protected") || text.contains("access is denied")) {
                return Msg.get("failure.folderReadOnly", folder);
            }
            if (text.contains("read back differs")) {
                return Msg.get("failure.readBackDiffers", folder);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                ErrorLog.record("writing to " + folder, e);
                return Msg.get("failure.folderIo", folder, firstLine(t.getMessage()));
            }
        }
        return describe(e);
    }

    private static String unexpected(Throwable e) {
        ErrorLog.record("unexpected failure", e);
        return Msg.get("failure.unexpected", ErrorLog.file());
    }

    private static String parentOf(Path file) {
        if (file == null) {
            return "";
        }
        Path p = file.toAbsolutePath().getParent();
        return String.valueOf(p == null ? file : p);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** The first line of a library's message (H2 appends SQL state blocks and statements on later lines). */
    public static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int sql = line.indexOf("; SQL statement:");
        return (sql < 0 ? line : line.substring(0, sql)).strip();
    }
}

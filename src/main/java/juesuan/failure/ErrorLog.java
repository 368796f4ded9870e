package juesuan.failure;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The details of failures (stack traces, library messages) go to {@code juesuan.log} in the data folder, never to
 * the screen or the terminal. The file is rolled over to {@code juesuan.log.1} when it passes 1 MB.
 */
public final class ErrorLog {
    public static final String FILE_NAME = "juesuan.log";
    private static final long LIMIT = 1 << 20;
    private static volatile Path file = Path.of(System.getProperty("java.io.tmpdir"), FILE_NAME);

    private ErrorLog() {
    }

    /** Logs into this folder from now on (the folder of the database in use). */
    public static void useFolder(Path folder) {
        file = folder.toAbsolutePath().resolve(FILE_NAME);
    }

    public static Path file() {
        return file;
    }

    /** Appends a line (an event worth keeping: a recovery, a restore). */
    public static void info(String line) {
        append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + line + System.lineSeparator());
    }

    /** Appends what happened and the whole exception. */
    public static void record(String what, Throwable e) {
        StringWriter sw = new StringWriter();
        sw.append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append(' ').append(what)
                .append(System.lineSeparator());
        if (e != null) {
            e.printStackTrace(new PrintWriter(sw));
        }
        append(sw.toString());
    }

    private static synchronized void append(String text) {
        Path f = file;
        try {
            Files.createDirectories(f.getParent());
            if (Files.exists(f) && Files.size(f) > LIMIT) {
                Files.move(f, f.resolveSibling(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(f, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // a log that cannot be written must not turn one failure into two; the user still gets the message
        }
    }
}

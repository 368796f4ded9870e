package juesuan.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Milestones of a start, for the start-up benchmark of the installed program ({@code installer/benchmark.sh}) and for
 * the training run that builds the installed program's start-up cache. Nothing happens unless the environment asks:
 * {@value #TRACE_ENV} names a file that gets one line per milestone (its name and the wall-clock time in milliseconds
 * since the epoch: the benchmark subtracts the moment it started the program, launcher included — the process's own
 * start time is known to the second only); {@value #TRAINING_ENV} makes the app close as soon as its main window is ready: what
 * the training run loaded is what the start-up cache holds (a cache trained further, through the document code, is
 * larger and makes every start slower than it saves on the first render).
 */
final class StartupTrace {
    static final String TRACE_ENV = "JUESUAN_STARTUP_TRACE";
    static final String TRAINING_ENV = "JUESUAN_TRAINING";

    /** The first frame drawn (the loading screen). */
    static final String FRAME = "frame";
    /** The database opened and checked, the report read (in the background). */
    static final String OPENED = "opened";
    /** The main window's controls built and put into the scene. */
    static final String BUILT = "built";
    /** The main window with the report on screen and answering. */
    static final String READY = "ready";
    /** The document code warmed in the background after the window opened. */
    static final String WARM = "warm";
    /** A later start handed this one its files. */
    static final String HANDED_OVER = "handed-over";

    private static final Path FILE = file(System.getenv());

    private StartupTrace() {
    }

    static Path file(Map<String, String> env) {
        String name = env.get(TRACE_ENV);
        return name == null || name.isBlank() ? null : Path.of(name);
    }

    static boolean training() {
        return "1".equals(System.getenv(TRAINING_ENV));
    }

    /** Notes a milestone (appended; a failure to write is not the officer's problem and is ignored). */
    static synchronized void mark(String milestone) {
        if (FILE == null) {
            return;
        }
        long ms = System.currentTimeMillis();
        try {
            Files.writeString(FILE, milestone + " " + ms + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // a benchmark without its line notices; the app goes on
        }
    }
}

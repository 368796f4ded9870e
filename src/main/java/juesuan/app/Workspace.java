package juesuan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import juesuan.exchange.DemoReport;
import juesuan.failure.ErrorLog;
import juesuan.failure.Failures;
import juesuan.failure.UserFailure;
import juesuan.history.ReportHistory;
import juesuan.history.Version;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.store.Database;
import juesuan.store.ReportStore;
import juesuan.store.ReportSummary;
import juesuan.ui.session.Snapshots;

/**
 * An opened database with its store and its history, checked on open.
 *
 * <p>Opening compares every report in the database with the newest version of it in the history (revision and row
 * counts). A database file that cannot be opened, or that is older than its history (a report missing, at a lower
 * revision, or with other row counts at the same revision), is never trusted and never replaced: it is renamed
 * aside and a new database is built from the history (and from the reports of the old file that are newer than
 * their history), and {@link #notices()} says in Chinese what was restored and as of when. The demo unit is loaded
 * only into a new database when there is no history at all.
 *
 * <p>{@link Mode#READ} (the headless commands) changes no existing file: the database is opened read-only, and
 * what needs recovering is rebuilt in memory.
 */
public final class Workspace implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Whether the caller edits (the app) or only reads (list, narrative, audit, render). */
    public enum Mode { EDIT, READ }

    private final Database database;
    private final ReportStore store;
    private final ReportHistory history;
    private final Mode mode;
    private final List<String> notices;
    private final Path file;

    private Workspace(Database database, ReportHistory history, Mode mode, List<String> notices, Path file) {
        this.database = database;
        this.store = new ReportStore(database);
        this.history = history;
        this.mode = mode;
        this.notices = notices;
        this.file = file;
    }

    /** Opens for editing (creating, migrating and recovering when needed). */
    public static Workspace open(Path file) {
        return open(file, Mode.EDIT);
    }

    public static Workspace open(Path file, Mode mode) {
        return open(file, mode, true);
    }

    /**
     * Opens a database; a new one gets the demo unit when {@code demo} says so (not a database made to receive the
     * units' packages: {@code ./juesuan import} into a new file).
     */
    public static Workspace open(Path file, Mode mode, boolean demo) {
        Path mv = Database.mvFile(file);
        ErrorLog.useFolder(mv.getParent());
        ReportHistory history = ReportHistory.of(mv);
        List<String> notices = new ArrayList<>();
        if (!Files.exists(mv) && !Files.isSymbolicLink(mv)) {
            if (history.isEmpty()) {
                Database db = Database.create(mv, fresh -> {
                    if (demo) {
                        ReportStore s = new ReportStore(fresh);
                        long id = s.insert(DemoReport.create());
                        Snapshots.save(s, history, id, "");
                    }
                });
                return new Workspace(db, history, Mode.EDIT, notices, mv);
            }
            notices.add(Msg.get("recovery.missing", mv));
            return rebuild(mv, history, mode, notices, new HashMap<>(), null);
        }
        // the check reads the file without changing it; only a file that passes is opened for editing
        Database db;
        try {
            db = Database.openReadOnly(mv);
        } catch (Database.OpenFailure f) {
            if (mode == Mode.READ && f.problem() == juesuan.failure.Failures.DatabaseProblem.IN_USE && !history.isEmpty()) {
                // the window has the file: a reading command reads what was last saved, from the history beside it
                return inUse(mv, history);
            }
            if (!f.damaged()) {
                throw f;
            }
            if (history.isEmpty()) {
                throw new UserFailure(Msg.get("recovery.noHistory", mv, history.folder()), f);
            }
            notices.add(Msg.get("recovery.damaged", mv));
            return rebuild(mv, history, mode, notices, new HashMap<>(), null);
        }
        String problem;
        Map<String, Report> newerInDatabase = new HashMap<>();
        try {
            problem = check(db, history, newerInDatabase);
        } catch (RuntimeException e) {
            ErrorLog.record("checking " + mv, e);
            problem = Msg.get("recovery.unreadable");
        }
        if (problem == null) {
            if (mode == Mode.READ) {
                return new Workspace(db, history, mode, notices, mv);
            }
            db.close();
            Workspace w = new Workspace(Database.openFile(mv), history, mode, notices, mv);
            w.recordBaseline();
            return w;
        }
        db.close();
        notices.add(Msg.get("recovery.stale", mv, problem));
        return rebuild(mv, history, mode, notices, newerInDatabase, problem);
    }

    /**
     * Compares the database with the history. Returns null when they agree, else what is wrong (for the message).
     * Reports of the database that are newer than their history are loaded into {@code newer} (kept on a rebuild).
     */
    private static String check(Database db, ReportHistory history, Map<String, Report> newer) {
        ReportStore store = new ReportStore(db);
        Map<String, ReportSummary> inDb = new HashMap<>();
        for (ReportSummary s : store.list()) {
            inDb.put(key(s.unitCode(), s.fiscalYear()), s);
        }
        String problem = null;
        List<Version> newest = history.newestOfEach();
        // every report is read whole (a damaged page shows here, not later), all at once: one query per table
        Map<Long, Map<String, Integer>> counts = newest.isEmpty() ? Map.of() : store.rowCountsAll();
        // every report is read whole and its digest made, a few dozen at a time (never the whole database in memory);
        // the digests are pure work on the reports read: made side by side on every core
        Map<Long, String> digests = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long> ids = newest.stream().map(v -> inDb.get(key(v.unitCode(), v.fiscalYear()))).filter(java.util.Objects::nonNull)
                .map(ReportSummary::reportId).toList();
        for (List<Long> group : ReportStore.groups(ids)) {
            store.loadAll(group).entrySet().parallelStream().forEach(e -> digests.put(e.getKey(), ReportHistory.digest(e.getValue())));
        }
        for (Version v : newest) {
            ReportSummary s = inDb.get(key(v.unitCode(), v.fiscalYear()));
            if (s == null) {
                problem = first(problem, Msg.get("recovery.reportMissing", v.unitCode(), v.fiscalYear()));
            } else if (s.revision() < v.revision()) {
                problem = first(problem, Msg.get("recovery.older", v.unitCode(), v.fiscalYear(), s.revision(), v.revision()));
            } else if (s.revision() == v.revision() && (!v.rowCounts().isEmpty()
                    && !v.rowCounts().equals(counts.get(s.reportId()))
                    || !v.digest().equals(digests.get(s.reportId())))) {
                problem = first(problem, Msg.get("recovery.contentDiffers", v.unitCode(), v.fiscalYear()));
            }
        }
        if (problem != null) {
            // keep what the old file has beyond its history (a save cut off before its history was written)
            for (ReportSummary s : inDb.values()) {
                Optional<Version> v = history.newest(s.unitCode(), s.fiscalYear());
                if (v.isEmpty() || s.revision() > v.get().revision()) {
                    try {
                        newer.put(key(s.unitCode(), s.fiscalYear()), store.load(s.reportId()));
                    } catch (RuntimeException e) {
                        ErrorLog.record("reading " + s + " from a damaged database", e);
                    }
                }
            }
        }
        return problem;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String key(String unit, int year) {
        return unit + "/" + year;
    }

    /**
     * Builds a database from the history: in a new file after renaming the old one aside (EDIT), or in memory
     * (READ). Reports the old file had beyond their history are kept.
     */
    private static Workspace rebuild(Path mv, ReportHistory history, Mode mode, List<String> notices,
                                     Map<String, Report> newerInDatabase, String problem) {
        Database db = null;
        if (mode == Mode.READ) {
            db = Database.openInMemory();
            notices.add(Msg.get("recovery.readOnlyNote"));
        } else {
            if (Files.exists(mv) || Files.isSymbolicLink(mv)) {
                Path aside = aside(mv);
                try {
                    Files.move(mv, aside);
                } catch (IOException e) {
                    ErrorLog.record("renaming " + mv, e);
                    throw new UserFailure(Failures.describe(e), e);
                }
                notices.add(Msg.get("recovery.keptAside", aside));
                ErrorLog.info("database " + mv + " renamed to " + aside + (problem == null ? "" : ": " + problem));
            }
        }
        // READ: in memory; EDIT: built under a temporary name and moved into place when complete
        List<String> told = new ArrayList<>();
        java.util.function.Consumer<Database> fill = fresh -> told.addAll(restore(new ReportStore(fresh), history, newerInDatabase).notices());
        if (mode == Mode.READ) {
            fill.accept(db);
        } else {
            db = Database.create(mv, fill);
        }
        notices.addAll(told);
        for (String n : notices) {
            ErrorLog.info(n);
        }
        Workspace w = new Workspace(db, history, mode, notices, mv);
        if (mode == Mode.EDIT) {
            w.recordBaseline();
        }
        return w;
    }

    /**
     * A reading command while the window (or another program) has the database open: the reports as last saved,
     * read from the history into memory. Every save of the window is in the history before it says 已保存, so this is
     * what the officer has saved; nothing on disk is changed.
     */
    private static Workspace inUse(Path mv, ReportHistory history) {
        Database db = Database.openInMemory();
        List<String> notices = new ArrayList<>();
        Restored r = restore(new ReportStore(db), history, new HashMap<>());
        notices.add(Msg.get("workspace.inUse", mv, r.newest()));
        r.unreadableNotice().ifPresent(notices::add);
        ErrorLog.info("database " + mv + " in use: read from the history");
        return new Workspace(db, history, Mode.READ, notices, mv);
    }

    /**
     * What a restore from the history did.
     *
     * @param restored   how many reports came from the history
     * @param newest     the time of the newest version restored
     * @param unreadable the reports none of whose versions could be read ("105/2023")
     */
    record Restored(int restored, String newest, List<String> unreadable) {
        Optional<String> unreadableNotice() {
            return unreadable.isEmpty() ? Optional.empty()
                    : Optional.of(Msg.get("recovery.unreadableReports", String.join(Msg.get("cli.listSeparator"), unreadable)));
        }

        /** What to tell the user. */
        List<String> notices() {
            List<String> out = new ArrayList<>();
            out.add(Msg.get("recovery.restored", restored, newest));
            unreadableNotice().ifPresent(out::add);
            return out;
        }
    }

    /** Fills a new database from the history (and the old file's newer reports). */
    private static Restored restore(ReportStore store, ReportHistory history, Map<String, Report> newerInDatabase) {
        Map<String, Report> newer = new HashMap<>(newerInDatabase);
        int restored = 0;
        String newest = "";
        List<String> unreadable = new ArrayList<>();
        for (Version v : history.newestOfEach()) {
            String k = key(v.unitCode(), v.fiscalYear());
            Report fromDb = newer.remove(k);
            if (fromDb != null) {
                store.insert(fromDb, Math.max(v.revision() + 1, 1));
                continue;
            }
            Optional<Map.Entry<Version, Report>> read = history.newestReadable(v.unitCode(), v.fiscalYear());
            if (read.isEmpty()) {
                unreadable.add(k);
                continue;
            }
            store.insert(read.get().getValue(), read.get().getKey().revision());
            restored++;
            String t = ReportHistory.localTime(read.get().getKey());
            newest = t.compareTo(newest) > 0 ? t : newest;
        }
        for (Report r : newer.values()) {
            store.insert(r);
        }
        return new Restored(restored, newest, unreadable);
    }

    private static Path aside(Path mv) {
        String name = mv.getFileName().toString();
        String base = name.endsWith(Database.EXTENSION) ? name.substring(0, name.length() - Database.EXTENSION.length()) : name;
        Path p = mv.resolveSibling(base + "-damaged-" + LocalDateTime.now().format(STAMP) + Database.EXTENSION);
        for (int i = 2; Files.exists(p); i++) {
            p = mv.resolveSibling(base + "-damaged-" + LocalDateTime.now().format(STAMP) + "-" + i + Database.EXTENSION);
        }
        return p;
    }

    /** Makes sure every report has a version in the history at its current revision (first open of an old file). */
    private void recordBaseline() {
        for (ReportSummary s : store.list()) {
            Optional<Version> v = history.newest(s.unitCode(), s.fiscalYear());
            if (v.isEmpty() || v.get().revision() != s.revision()) {
                snapshot(s.reportId());
            }
        }
    }

    /** Saves the stored state of a report into the history; a failure is logged and reported, not thrown. */
    public Optional<String> snapshot(long reportId) {
        return Snapshots.save(store, history, reportId, "");
    }

    public ReportStore store() {
        return store;
    }

    public ReportHistory history() {
        return history;
    }

    public Database database() {
        return database;
    }

    public Mode mode() {
        return mode;
    }

    /** What opening had to do (recovery), in Chinese, to tell the user; empty when the database was as expected. */
    public List<String> notices() {
        return notices;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        database.close();
    }
}

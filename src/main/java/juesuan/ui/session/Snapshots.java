package juesuan.ui.session;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import juesuan.failure.ErrorLog;
import juesuan.failure.Failures;
import juesuan.history.ReportHistory;
import juesuan.i18n.Msg;
import juesuan.store.ReportStore;

/** The second half of every save: the report as stored, with its revision and row counts, into the history. */
public final class Snapshots {
    /** Writes the versions of a load of many reports: a few at a time, as the disk's waits, not the cores, limit them. */
    private static final java.util.concurrent.ExecutorService WRITERS = java.util.concurrent.Executors.newFixedThreadPool(4,
            Thread.ofPlatform().daemon().name("history-writer-", 1).factory());

    private Snapshots() {
    }

    /** Returns the Chinese message of a failure (logged), or empty when the version is on disk. */
    public static Optional<String> save(ReportStore store, ReportHistory history, long reportId, String note) {
        try {
            history.save(store.load(reportId), store.revision(reportId), store.rowCounts(reportId), note);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(failed("writing history of report " + reportId, e));
        }
    }

    /**
     * The same for many reports at once (after a load of many packages): the reports, their revisions and row counts
     * read in a few queries, then each version written. Returns the Chinese message of each failure (logged).
     */
    public static List<String> saveAll(ReportStore store, ReportHistory history, java.util.Collection<Long> reportIds) {
        List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.Map<Long, java.util.Map<String, Integer>> counts;
        java.util.Map<Long, Long> revisions = new java.util.HashMap<>();
        try {
            counts = store.rowCountsAll();
            store.list().forEach(s -> revisions.put(s.reportId(), s.revision()));
        } catch (RuntimeException e) {
            return List.of(failed("reading reports for their history", e));
        }
        // a few dozen reports at a time, never all of them in memory: the next group is read while this one's
        // versions are written (the reading uses a core, the writing waits for the disk)
        List<java.util.concurrent.Future<?>> previous = List.of();
        for (List<Long> group : ReportStore.groups(List.copyOf(reportIds))) {
            java.util.Map<Long, juesuan.model.Report> reports;
            try {
                reports = store.loadAll(group);
            } catch (RuntimeException e) {
                failures.add(failed("reading reports for their history", e));
                continue;
            }
            // each version is its own files, each forced to disk: written side by side, the waits for the disk overlap
            List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
            for (var r : reports.values()) {
                writes.add(WRITERS.submit(() -> {
                    try {
                        history.save(r, revisions.get(r.getId()), counts.get(r.getId()), "");
                    } catch (IOException | RuntimeException e) {
                        failures.add(failed("writing history of report " + r.getId(), e));
                    }
                }));
            }
            if (!awaitAll(previous, failures)) {
                return failures;
            }
            previous = writes;
        }
        awaitAll(previous, failures);
        return failures;
    }

    /** Waits for writes; false when interrupted (the failure said). */
    private static boolean awaitAll(List<java.util.concurrent.Future<?>> writes, List<String> failures) {
        for (var w : writes) {
            try {
                w.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(failed("waiting for the history", e));
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(failed("writing history", e.getCause()));
            }
        }
        return true;
    }

    /** A failure to keep a version: logged, and said in Chinese (the save of the data itself has been committed). */
    private static String failed(String what, Throwable e) {
        ErrorLog.record(what, e);
        return Msg.get("history.saveFailed", Failures.describe(e));
    }
}

package juesuan.ui.session;

import java.io.IOException;
import java.util.Optional;
import juesuan.failure.ErrorLog;
import juesuan.failure.Failures;
import juesuan.history.ReportHistory;
import juesuan.i18n.Msg;
import juesuan.store.ReportStore;

/** The second half of every save: the report as stored, with its revision and row counts, into the history. */
public final class Snapshots {
    private Snapshots() {
    }

    /** Returns the Chinese message of a failure (logged), or empty when the version is on disk. */
    public static Optional<String> save(ReportStore store, ReportHistory history, long reportId, String note) {
        try {
            history.save(store.load(reportId), store.revision(reportId), store.rowCounts(reportId), note);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            ErrorLog.record("writing history of report " + reportId, e);
            return Optional.of(Msg.get("history.saveFailed", Failures.describe(e)));
        }
    }

    /**
     * The same for many reports at once (after a load of many packages): the reports, their revisions and row counts
     * read in a few queries, then each version written. Returns the Chinese message of each failure (logged).
     */
    public static java.util.List<String> saveAll(ReportStore store, ReportHistory history, java.util.Collection<Long> reportIds) {
        java.util.List<String> failures = new java.util.ArrayList<>();
        java.util.Map<Long, java.util.Map<String, Integer>> counts;
        java.util.Map<Long, Long> revisions = new java.util.HashMap<>();
        java.util.List<Long> ids = java.util.List.copyOf(reportIds);
        try {
            counts = store.rowCountsAll();
            store.list().forEach(s -> revisions.put(s.reportId(), s.revision()));
        } catch (RuntimeException e) {
            ErrorLog.record("reading reports for their history", e);
            return java.util.List.of(Msg.get("history.saveFailed", Failures.describe(e)));
        }
        // a few dozen reports at a time: never all of them in memory
        for (int i = 0; i < ids.size(); i += ReportStore.IN_LIST_LIMIT) {
            java.util.Map<Long, juesuan.model.Report> reports;
            try {
                reports = store.loadAll(ids.subList(i, Math.min(ids.size(), i + ReportStore.IN_LIST_LIMIT)));
            } catch (RuntimeException e) {
                ErrorLog.record("reading reports for their history", e);
                failures.add(Msg.get("history.saveFailed", Failures.describe(e)));
                continue;
            }
            for (var r : reports.values()) {
                try {
                    history.save(r, revisions.get(r.getId()), counts.get(r.getId()), "");
                } catch (IOException | RuntimeException e) {
                    ErrorLog.record("writing history of report " + r.getId(), e);
                    failures.add(Msg.get("history.saveFailed", Failures.describe(e)));
                }
            }
        }
        return failures;
    }
}

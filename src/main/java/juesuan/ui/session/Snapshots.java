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
}

package juesuan.ui.backup;

import java.util.List;
import java.util.Locale;
import juesuan.exchange.ReportJson;
import juesuan.failure.ErrorLog;
import juesuan.history.ReportHistory;
import juesuan.history.Version;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.ui.session.Edit;
import juesuan.ui.session.ReportSession;

/**
 * 备份与恢复: the saved versions of the open report (newest first) and restoring one. A restore is one undoable
 * edit, saved like any other, and written to the log.
 */
public final class BackupViewModel {
    private final ReportSession session;

    public BackupViewModel(ReportSession session) {
        this.session = session;
    }

    /** One line of the list. */
    public record Row(Version version, String time, String revision, String note, String size, boolean current) {
    }

    /** The report's saved versions, newest first; the one equal to the report as it is now is marked. */
    public List<Row> versions() {
        ReportHistory h = session.versions();
        if (h == null) {
            return List.of();
        }
        Report r = session.report();
        String now = ReportHistory.digest(r);
        return h.versions(r.unit().getCode(), r.fiscalYear()).stream()
                .map(v -> new Row(v, ReportHistory.localTime(v), Long.toString(v.revision()),
                        v.note().isBlank() ? "" : v.note(), size(v.size()), v.digest().equals(now)))
                .toList();
    }

    /** Where the versions are kept, for the dialog's note. */
    public String folder() {
        return session.versions() == null ? "" : session.versions().folder().toString();
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /**
     * Restores the report from a report file (a copy kept elsewhere, or sent by a colleague) as one undoable edit.
     * The file is checked whole first (format, version, amounts) and must be of the same unit and year; a refusal
     * is a Chinese sentence and changes nothing.
     */
    public String restoreFile(java.nio.file.Path file) {
        Report incoming;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            incoming = ReportJson.read(in);
        } catch (java.io.IOException e) {
            throw new juesuan.failure.UserFailure(juesuan.failure.Failures.describe(e), e);
        }
        Report r = session.report();
        if (!incoming.unit().getCode().equals(r.unit().getCode()) || incoming.fiscalYear() != r.fiscalYear()) {
            throw new juesuan.failure.UserFailure(Msg.get("backup.otherReport", file.getFileName(), incoming.unit().getCode(),
                    incoming.fiscalYear(), r.unit().getCode(), r.fiscalYear()));
        }
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        Report before = ReportJson.copy(r);
        session.history().perform(Edit.of(Msg.get("backup.fileEdit", file.getFileName()),
                () -> session.replaceContents(incoming), () -> session.replaceContents(before)));
        ErrorLog.info("restored report " + r.unit().getCode() + "/" + r.fiscalYear() + " from the file " + file);
        String said = Msg.get("backup.fileRestored", file.getFileName());
        session.say(said);
        return said;
    }

    /**
     * Restores a saved version as one undoable edit. Returns the status-bar sentence. Fails with a Chinese message
     * (and changes nothing) when the version's file is damaged.
     */
    public String restore(Row row) {
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        Report restored = session.versions().read(row.version());
        Report before = ReportJson.copy(session.report());
        String label = Msg.get("backup.restoreEdit", row.time());
        session.history().perform(Edit.of(label, () -> session.replaceContents(restored), () -> session.replaceContents(before)));
        ErrorLog.info("restored report " + before.unit().getCode() + "/" + before.fiscalYear() + " to the version of "
                + row.time() + " (revision " + row.revision() + ")");
        String said = Msg.get("backup.restored", row.time());
        session.say(said);
        return said;
    }
}

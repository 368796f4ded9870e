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

    /** A whole-database backup, as the list shows it: when and on what occasion (before a load, a 定稿 …). */
    public record DatabaseBackup(java.nio.file.Path zip, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The whole-database backups beside the database, newest first. */
    public List<DatabaseBackup> databaseBackups() {
        return session.store().databaseBackups().stream().map(z -> new DatabaseBackup(z, label(z))).toList();
    }

    private static String label(java.nio.file.Path zip) {
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*)-(\\d{8})-(\\d{6})\\d*").matcher(name);
        if (!m.matches()) {
            return name;
        }
        String occasion = m.group(1);
        String what = switch (occasion) {
            case "before-load", "before-import" -> Msg.get("backup.beforeLoad");
            case "before-finalize" -> Msg.get("backup.beforeFinalize");
            case "before-restore" -> Msg.get("backup.beforeRestore");
            case "before-rollover" -> Msg.get("backup.beforeRollover");
            case "before-excel-import" -> Msg.get("backup.beforeExcel");
            default -> occasion.startsWith("before-V") ? Msg.get("backup.beforeUpgrade") : occasion;
        };
        String d = m.group(2);
        String t = m.group(3);
        return Msg.get("backup.dbLabel", d.substring(0, 4), d.substring(4, 6), d.substring(6), t.substring(0, 2), t.substring(2, 4), what);
    }

    /**
     * Puts the open report back as it was in a whole-database backup (its 定稿 state included), after a backup of
     * the database as it is now; runs on the writer after the queued saves. Completes with the report as now
     * stored, to be shown with {@link #showRestored}; fails with a Chinese sentence when the backup lacks the report.
     */
    public java.util.concurrent.CompletableFuture<Report> restoreFromDatabaseBackup(DatabaseBackup backup) {
        Report r = session.report();
        long id = session.reportId();
        String unit = r.unit().getCode();
        int year = r.fiscalYear();
        return session.afterSaves(store -> {
            Report old = juesuan.store.ReportStore.inBackup(backup.zip(), unit, year).orElseThrow(() ->
                    new juesuan.failure.UserFailure(Msg.get("backup.notInBackup", backup.label(), unit, year)));
            store.backup("before-restore");
            store.replaceWithHandedOver(id, old);
            ErrorLog.info("restored report " + unit + "/" + year + " from the database backup " + backup.zip());
            return store.load(id);
        });
    }

    /** On the UI thread: shows the restored report and says what happened. */
    public String showRestored(Report restored, DatabaseBackup backup) {
        session.show(restored);
        String said = Msg.get("backup.dbRestored", backup.label());
        session.say(said);
        return said;
    }
}

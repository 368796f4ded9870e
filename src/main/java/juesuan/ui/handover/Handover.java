package juesuan.ui.handover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.CheckCode;
import juesuan.exchange.Finalization;
import juesuan.exchange.HandoverPackage;
import juesuan.exchange.ReportDiff;
import juesuan.exchange.ReportFileException;
import juesuan.exchange.ReportJson;
import juesuan.failure.Failures;
import juesuan.failure.UserFailure;
import juesuan.history.AtomicFiles;
import juesuan.i18n.Msg;
import juesuan.model.FinalEvent;
import juesuan.model.Report;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.store.ReportStore;
import juesuan.template.TemplateLoader;

/**
 * 定稿 and the USB handover, the same for the window and the command line (no controls here): finalise and unlock
 * through the store, make and write a package, read a package or a report file and say what loading it would
 * change, and load it after a whole-database backup.
 */
public final class Handover {
    private Handover() {
    }

    /** The program's version, as its jar says (a build run from classes says "dev"). */
    public static String appVersion() {
        String v = Handover.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Finalises a stored report: checks the rules, stores the log entry, and adds it to the report in memory. */
    public static FinalEvent finalizeReport(ReportStore store, Report report, String person) {
        FinalEvent e = Finalization.finalize(report, person, LocalDateTime.now());
        store.appendFinalEvent(report.getId(), e);
        report.finalLog().add(e);
        return e;
    }

    /** Unlocks a stored report with a reason (logged). */
    public static FinalEvent unlockReport(ReportStore store, Report report, String person, String reason) {
        FinalEvent e = Finalization.unlock(report, person, reason, LocalDateTime.now());
        store.appendFinalEvent(report.getId(), e);
        report.finalLog().add(e);
        return e;
    }

    /** The package of a report: its document (with the check code, or the draft watermark) and its data. */
    public static byte[] packageOf(Report report) {
        Document document = DocumentBuilder.build(report, new ReportFigures(report, TemplateLoader.forReport(report)));
        return HandoverPackage.write(report, document.export(Document.Format.PDF), appVersion(), LocalDateTime.now());
    }

    /**
     * Writes a report's package into a folder (a USB stick), verified by reading it back before it gets its name.
     * A missing, full or write-protected drive is a {@link UserFailure} in Chinese; no file is left under the name.
     */
    public static Path exportTo(Report report, Path folder) {
        byte[] bytes = packageOf(report);
        Path target = folder.resolve(HandoverPackage.fileName(report));
        try {
            AtomicFiles.writeVerified(target, bytes);
        } catch (IOException | RuntimeException e) {
            throw new UserFailure(Failures.writingTo(e, folder), e);
        }
        return target;
    }

    /**
     * What loading a file would do, worked out before anything is touched.
     *
     * @param incoming the report in the file (checked whole)
     * @param fromPackage whether it came from a package (else a bare report file)
     * @param existingId the id of the report of that unit and year already in the database, if any
     * @param changes    what would change in it (empty for a new unit or year, or an identical copy)
     */
    public record Plan(Path file, Report incoming, boolean fromPackage, Optional<Long> existingId, List<String> changes) {
        /** One paragraph for the confirmation: the unit, year, state and what changes. */
        public String summary() {
            String state = incoming.isFinal()
                    ? Msg.get("load.stateFinal", incoming.lastFinal().orElseThrow().version(), CheckCode.of(CheckCode.digest(incoming)))
                    : Msg.get("load.stateDraft");
            String what = existingId.isEmpty() ? Msg.get("load.new")
                    : changes.isEmpty() ? Msg.get("load.same") : Msg.get("load.changes", changes.size());
            return Msg.get("load.summary", incoming.unit().getCode(), incoming.unit().getName(), incoming.fiscalYear(), state, what);
        }
    }

    /** Reads a package or a report file whole (nothing is written) and compares it with what the database holds. */
    public static Plan plan(ReportStore store, Path file) {
        return compare(store, read(file));
    }

    /** A file read and checked whole, not yet compared with the database. */
    public record Read(Path file, Report incoming, boolean fromPackage) {
    }

    /**
     * Reads a package or a report file whole and checks it (seal, checksums, digest, template year); touches no
     * database, so several files can be read at once.
     */
    public static Read read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = HandoverPackage.readAll(in);
        } catch (NoSuchFileException e) {
            throw new UserFailure(Msg.get("cli.noFile", file), e);
        } catch (IOException e) {
            throw new UserFailure(Failures.describe(e), e);
        }
        boolean isPackage = HandoverPackage.looksLikePackage(bytes);
        boolean namedPackage = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + HandoverPackage.EXTENSION);
        if (!isPackage && (namedPackage || !looksLikeJson(bytes))) {
            // a file of another kind (a document, a picture, a damaged copy): said as such, not as broken JSON
            throw new UserFailure(Msg.get("load.refused", file.getFileName(),
                    Msg.get(namedPackage ? "load.notAPackage" : "load.notOurs", HandoverPackage.EXTENSION)));
        }
        Report incoming;
        try {
            incoming = isPackage ? HandoverPackage.read(bytes).report() : ReportJson.read(new java.io.ByteArrayInputStream(bytes));
        } catch (HandoverPackage.PackageException | ReportFileException e) {
            throw new UserFailure(Msg.get("load.refused", file.getFileName(), e.getMessage()), e);
        }
        TemplateLoader.forReport(incoming); // a template year this program does not have is refused here
        return new Read(file, incoming, isPackage);
    }

    /** Whether bytes begin like a JSON object (after a byte-order mark or blanks): a report file, maybe damaged. */
    static boolean looksLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    /** What loading a read file changes in the database. */
    public static Plan compare(ReportStore store, Read read) {
        Optional<Report> existing = store.find(read.incoming().unit().getCode(), read.incoming().fiscalYear());
        return existing.map(r -> new Plan(read.file(), read.incoming(), read.fromPackage(), Optional.of(r.getId()),
                ReportDiff.between(r, read.incoming()))).orElseGet(() -> newReport(read));
    }

    /** The plan of a report whose unit and year are not stored: it is added, nothing is replaced. */
    public static Plan newReport(Read read) {
        return new Plan(read.file(), read.incoming(), read.fromPackage(), Optional.empty(), List.of());
    }

    /**
     * The same plan against the database as it is now (opened for writing after the files were checked): what was
     * checked is what is loaded, and only whether the report exists, and what loading it changes, is asked again.
     */
    public static Plan replan(ReportStore store, Plan checked) {
        return compare(store, new Read(checked.file(), checked.incoming(), checked.fromPackage()));
    }

    /** Loads what a plan read: a whole-database backup first, then one transaction. Returns the report id and the backup. */
    public record Loaded(long reportId, Path backup) {
    }

    public static Loaded load(ReportStore store, Plan plan) {
        return load(store, plan, store.backup("before-load"));
    }

    /**
     * Loads a plan after a backup already taken (several files loaded together share one backup). The unit takes its
     * place in the year's unit tree when it has none (under its 主管部门, for 汇总).
     */
    public static Loaded load(ReportStore store, Plan plan, Path backup) {
        Loaded loaded = store(store, plan, backup);
        juesuan.ui.consolidation.Consolidate.place(store, plan.incoming());
        return loaded;
    }

    /** Stores a plan's report (one transaction) without placing it in the unit tree: for loads placed together. */
    public static Loaded store(ReportStore store, Plan plan, Path backup) {
        long id;
        if (plan.existingId().isPresent()) {
            id = plan.existingId().get();
            store.replaceWithHandedOver(id, plan.incoming());
        } else {
            id = store.insert(plan.incoming());
        }
        return new Loaded(id, backup);
    }
}

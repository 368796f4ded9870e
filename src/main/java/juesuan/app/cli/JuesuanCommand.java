package juesuan.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import juesuan.app.DataDirectory;
import juesuan.app.Workspace;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.audit.Finding;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.store.ReportSummary;
import juesuan.template.TemplateLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code juesuan <command>}: the headless commands. */
@Command(name = "juesuan", mixinStandardHelpOptions = true, version = "juesuan 0.1.0", resourceBundle = "juesuan.cli",
        subcommands = {JuesuanCommand.NarrativeCommand.class, JuesuanCommand.AuditCommand.class, JuesuanCommand.RenderCommand.class,
                JuesuanCommand.ListCommand.class, JuesuanCommand.ImportCommand.class, JuesuanCommand.RolloverCommand.class,
                JuesuanCommand.ImportExcelCommand.class, JuesuanCommand.ExportExcelCommand.class,
                JuesuanCommand.FinalizeCommand.class, JuesuanCommand.UnlockCommand.class, JuesuanCommand.ExportCommand.class,
                JuesuanCommand.VerifyCommand.class, ConsolidationCommands.TreeCommand.class, ConsolidationCommands.ConsolidateCommand.class,
                picocli.CommandLine.HelpCommand.class})
public final class JuesuanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The --db option every command that reads a database takes (a picocli mixin). */
    static class DatabaseOption {
        @Option(names = "--db", paramLabel = "FILE", descriptionKey = "db")
        Path db;

        /** Opens for reading only: the database file is left as it is; what opening had to recover is told on stderr. */
        Workspace open(CommandSpec spec) {
            return open(spec, Workspace.Mode.READ);
        }

        /** Opens for editing (a command that changes the database). */
        Workspace openForEditing(CommandSpec spec) {
            return open(spec, Workspace.Mode.EDIT);
        }

        /** Opens a database that receives packages: a new one is made without the demo unit. */
        Workspace openReceiving(CommandSpec spec, Workspace.Mode mode) {
            return open(spec, mode, false);
        }

        private Workspace open(CommandSpec spec, Workspace.Mode mode) {
            return open(spec, mode, true);
        }

        private Workspace open(CommandSpec spec, Workspace.Mode mode, boolean demo) {
            Workspace ws = Workspace.open(DataDirectory.databaseFile(db == null ? null : db.toString()), mode, demo);
            ws.notices().forEach(spec.commandLine().getErr()::println);
            return ws;
        }
    }

    /** --unit and --year of a command about one report (a picocli mixin). */
    static class ReportOptions {
        @Option(names = "--unit", required = true, paramLabel = "CODE", descriptionKey = "unit")
        String unit;

        @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "year")
        int year;
    }

    /** The reports in the database as "105/2023, 105/2024", for messages that say what exists. */
    static String existing(Workspace ws) {
        return String.join(Msg.get("cli.listSeparator"), ws.store().list().stream().map(s -> s.unitCode() + "/" + s.fiscalYear()).toList());
    }

    /**
     * Finds a unit's report for a year, or fails with a message that lists what exists. A report whose year has no
     * template of its own is told on stderr which year's template it uses.
     */
    static Report report(CommandSpec spec, Workspace ws, String unit, int year) {
        Report r = ws.store().find(unit, year).orElseThrow(() -> new CliError(Msg.get("cli.noReport", unit, year,
                existing(ws)), 2));
        TemplateLoader.fallbackNotice(r.fiscalYear(), r.templateYear()).ifPresent(spec.commandLine().getErr()::println);
        return r;
    }

    @Command(name = "narrative", mixinStandardHelpOptions = true)
    static final class NarrativeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--profile", paramLabel = "P", descriptionKey = "profile")
        String profile;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            if (profile != null && !Profiles.exists(profile)) {
                throw new CliError(Msg.get("cli.unknownProfile", profile,
                        String.join(Msg.get("cli.listSeparator"), Profiles.all().stream().map(p -> p.id()).toList())), 2);
            }
            try (Workspace ws = database.open(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                String id = profile != null ? profile : Profiles.exists(r.profile()) ? r.profile() : Profiles.DEFAULT;
                Narrative n = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get(id));
                spec.commandLine().getOut().print(n.text());
                if (!n.missingReasons().isEmpty()) {
                    spec.commandLine().getErr().println(Msg.get("cli.missingReasons", n.missingReasons().size()));
                }
            }
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true)
    static final class AuditCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (Workspace ws = database.open(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                AuditResult result = Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r)));
                var out = spec.commandLine().getOut();
                for (Finding f : result.findings()) {
                    String explanation = r.explanation(f.key());
                    out.println(Msg.get("cli.finding", f.severity().label(), f.ruleId(), f.message()));
                    if (!explanation.isBlank()) {
                        out.println(Msg.get("cli.explanation", explanation));
                    }
                }
                out.println(Msg.get("cli.auditSummary", result.errors().size(), result.hints().size(),
                        result.unexplained(r).size(), Msg.get(result.canFinalize(r) ? "audit.canFinalize" : "audit.cannotFinalize"))
                        + (result.rounding().isEmpty() ? "" : Msg.get("audit.roundingCount", result.rounding().size())));
                return result.errors().isEmpty() ? 0 : 1;
            }
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true)
    static final class RenderCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--format", required = true, paramLabel = "pdf|docx|xlsx", descriptionKey = "format")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
        Path out;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        @Override
        public Integer call() throws java.io.IOException {
            juesuan.report.Document.Format f;
            try {
                f = juesuan.report.Document.Format.of(format);
            } catch (IllegalArgumentException e) {
                throw new CliError(Msg.get("cli.unknownFormat", format), 2);
            }
            juesuan.report.DocumentBuilder.warmUp();
            try (Workspace ws = database.open(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                juesuan.report.Document doc = juesuan.report.DocumentBuilder.build(r,
                        new ReportFigures(r, TemplateLoader.forReport(r)));
                doc.write(f, out);
                spec.commandLine().getOut().println(Msg.get("cli.rendered", out.toAbsolutePath(), doc.pageCount()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class ImportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "importFile")
        java.util.List<Path> files;

        @Option(names = "--replace", descriptionKey = "replace")
        boolean replace;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        /**
         * Reads handover packages (.jsgk) or report files (.json), each checked whole before the database is opened
         * for writing; when any is refused nothing is loaded. Then one backup of the database, and each report
         * stored in one transaction with its first history version.
         */
        @Override
        public Integer call() {
            juesuan.ui.handover.BatchLoad.Checked checked;
            // a database made to receive the units' packages starts empty: the demo unit is not among them
            try (Workspace ws = database.openReceiving(spec, Workspace.Mode.READ)) {
                checked = juesuan.ui.handover.BatchLoad.check(ws.store(), files, replace, n -> { });
            }
            if (!checked.refused().isEmpty()) {
                checked.refused().forEach(r -> spec.commandLine().getErr().println(r.reason()));
                throw new CliError(Msg.get("cli.importNothing", checked.refused().size()), 2);
            }
            for (var plan : checked.plans()) {
                Report in = plan.incoming();
                TemplateLoader.fallbackNotice(in.fiscalYear(), in.templateYear()).ifPresent(spec.commandLine().getErr()::println);
            }
            try (Workspace ws = database.openReceiving(spec, Workspace.Mode.EDIT)) {
                var loaded = juesuan.ui.handover.BatchLoad.load(ws.store(), ws.history(), checked.plans());
                for (var plan : checked.plans()) {
                    Report in = plan.incoming();
                    spec.commandLine().getOut().println(Msg.get("cli.imported", in.unit().getCode(), in.unit().getName(),
                            in.fiscalYear(), loaded.backup()));
                    plan.changes().forEach(c -> spec.commandLine().getOut().println("  " + c));
                    if (in.isFinal()) {
                        spec.commandLine().getOut().println(Msg.get("cli.importedFinal", in.lastFinal().orElseThrow().version(),
                                juesuan.exchange.CheckCode.of(juesuan.exchange.CheckCode.digest(in))));
                    }
                }
                loaded.historyFailures().forEach(spec.commandLine().getErr()::println);
            }
            return 0;
        }
    }

    @Command(name = "finalize", mixinStandardHelpOptions = true)
    static final class FinalizeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "person")
        String person;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        /** 定稿: refused while 审核 finds 错误 or a 提示 lacks its 出错说明; a backup first, then the log entry. */
        @Override
        public Integer call() {
            try (Workspace ws = database.openForEditing(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                juesuan.exchange.Finalization.refusal(r).ifPresent(m -> {
                    throw new CliError(m, 2);
                });
                ws.database().backup("before-finalize");
                var e = juesuan.ui.handover.Handover.finalizeReport(ws.store(), r, person);
                ws.snapshot(r.getId()).ifPresent(spec.commandLine().getErr()::println);
                spec.commandLine().getOut().println(Msg.get("cli.finalized", r.unit().getCode(), r.fiscalYear(), e.version(),
                        juesuan.exchange.CheckCode.of(e.digest())));
            } catch (juesuan.exchange.Finalization.FinalizationException e) {
                throw new CliError(e.getMessage(), 2);
            }
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true)
    static final class UnlockCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "person")
        String person;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "reason")
        String reason;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (Workspace ws = database.openForEditing(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                var e = juesuan.ui.handover.Handover.unlockReport(ws.store(), r, person, reason);
                ws.snapshot(r.getId()).ifPresent(spec.commandLine().getErr()::println);
                spec.commandLine().getOut().println(Msg.get("cli.unlocked", r.unit().getCode(), r.fiscalYear(), e.version()));
            } catch (juesuan.exchange.Finalization.FinalizationException e) {
                throw new CliError(e.getMessage(), 2);
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class ExportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--to", required = true, paramLabel = "FOLDER", descriptionKey = "exportFolder")
        Path folder;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        /** Writes the handover package into a folder (a USB stick), verified before it gets its name. */
        @Override
        public Integer call() {
            juesuan.report.DocumentBuilder.warmUp();
            try (Workspace ws = database.open(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                if (!r.isFinal()) {
                    spec.commandLine().getErr().println(Msg.get("cli.exportDraft"));
                }
                Path written = juesuan.ui.handover.Handover.exportTo(r, folder);
                spec.commandLine().getOut().println(r.isFinal()
                        ? Msg.get("cli.exportedFinal", written.toAbsolutePath(), r.lastFinal().orElseThrow().version(),
                                juesuan.exchange.CheckCode.of(juesuan.exchange.CheckCode.digest(r)))
                        : Msg.get("cli.exportedDraft", written.toAbsolutePath()));
            }
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class VerifyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--code", paramLabel = "XXXX-XXXX-XXXX-XXXX", descriptionKey = "code")
        String code;

        @Option(names = "--image", paramLabel = "FILE", descriptionKey = "image")
        Path image;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        /** 核验: a check code typed from the signed paper (or read from a scanned page's QR) against the stored report. */
        @Override
        public Integer call() {
            if ((code == null) == (image == null)) {
                throw new CliError(Msg.get("cli.verifyWhich"), 2);
            }
            String typed = code != null ? code : juesuan.exchange.QrReader.read(image);
            try (Workspace ws = database.open(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                var verdict = juesuan.exchange.Finalization.verify(r, typed);
                spec.commandLine().getOut().println(verdict.message());
                return verdict.matches() ? 0 : 1;
            }
        }
    }

    @Command(name = "rollover", mixinStandardHelpOptions = true)
    static final class RolloverCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--unit", required = true, paramLabel = "CODE", descriptionKey = "unit")
        String unit;

        @Option(names = "--from", required = true, paramLabel = "YYYY", descriptionKey = "from")
        int from;

        @Option(names = "--to", paramLabel = "YYYY", descriptionKey = "to")
        Integer to;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        /** Builds next year's report from the one of {@code --from}, backs the database up and stores it. */
        @Override
        public Integer call() {
            int year = to == null ? from + 1 : to;
            try (Workspace ws = database.openForEditing(spec)) {
                Report source = ws.store().find(unit, from).orElseThrow(() -> new CliError(Msg.get("rollover.noSource", unit, from,
                        existing(ws)), 2));
                if (ws.store().find(unit, year).isPresent()) {
                    throw new CliError(Msg.get("rollover.exists", unit, year), 2);
                }
                juesuan.exchange.Rollover.Result result = juesuan.exchange.Rollover.from(source, year);
                TemplateLoader.fallbackNotice(year, result.report().templateYear()).ifPresent(spec.commandLine().getErr()::println);
                ws.database().backup("before-rollover");
                long id = ws.store().insert(result.report());
                ws.snapshot(id).ifPresent(spec.commandLine().getErr()::println);
                var out = spec.commandLine().getOut();
                out.println(Msg.get("rollover.done", from, unit, year, result.report().projects().size(), result.filled()));
                if (!result.unmapped().isEmpty()) {
                    out.println(Msg.get("rollover.unmappedHeader"));
                    result.unmapped().forEach(line -> out.println("  " + line));
                }
            }
            return 0;
        }
    }

    @Command(name = "import-excel", mixinStandardHelpOptions = true)
    static final class ImportExcelCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "FILE", descriptionKey = "excelFile")
        Path file;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--previous-year", descriptionKey = "previousYear")
        boolean previousYear;

        @Option(names = "--amounts", paramLabel = "UNIT", descriptionKey = "amounts")
        String amounts;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        /** Reads the workbook whole (refusing it changes nothing), backs the database up, stores in one transaction. */
        @Override
        public Integer call() {
            juesuan.exchange.WorkbookImport.AmountUnit unit = null;
            if (amounts != null) {
                String a = amounts.strip();
                if (a.equals(Msg.get("workbook.yuan")) || a.equals("yuan")) {
                    unit = juesuan.exchange.WorkbookImport.AmountUnit.YUAN;
                } else if (a.equals(Msg.get("workbook.wan")) || a.equals("wan")) {
                    unit = juesuan.exchange.WorkbookImport.AmountUnit.WAN;
                } else {
                    throw new CliError(Msg.get("workbook.badAmountUnit", amounts), 2);
                }
            }
            Report current;
            try (Workspace ws = database.open(spec)) {
                current = report(spec, ws, which.unit, which.year);
            }
            var out = spec.commandLine().getOut();
            if (previousYear) {
                juesuan.exchange.Rollover.Result r = juesuan.exchange.WorkbookImport.previousYear(file, current, unit);
                r.unmapped().forEach(line -> out.println("  " + line));
                Path backup = store(current.getId(), r.report());
                out.println(Msg.get("workbook.previousFilled", file.getFileName(), which.unit, which.year, r.filled(), backup));
                return 0;
            }
            juesuan.exchange.WorkbookImport.Plan plan = juesuan.exchange.WorkbookImport.plan(file, current, unit);
            out.println(plan.describe());
            Path backup = store(current.getId(), plan.imported());
            out.println(Msg.get("workbook.imported", file.getFileName(), which.unit, which.year, plan.changes().size(),
                    plan.newCodes().size(), backup));
            return 0;
        }

        /** Backs the database up, replaces the report's contents in one transaction, versions it; returns the backup. */
        private Path store(long id, Report contents) {
            try (Workspace ws = database.openForEditing(spec)) {
                Path backup = ws.database().backup("before-excel-import");
                ws.store().replaceContents(id, contents);
                ws.snapshot(id).ifPresent(spec.commandLine().getErr()::println);
                return backup;
            }
        }
    }

    @Command(name = "export-excel", mixinStandardHelpOptions = true)
    static final class ExportExcelCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ReportOptions which;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
        Path out;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        @Override
        public Integer call() throws java.io.IOException {
            try (Workspace ws = database.open(spec)) {
                Report r = report(spec, ws, which.unit, which.year);
                juesuan.exchange.WorkbookExport.write(r, new ReportFigures(r, TemplateLoader.forReport(r)), out);
                spec.commandLine().getOut().println(Msg.get("workbook.exported", out.toAbsolutePath()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (Workspace ws = database.open(spec)) {
                for (ReportSummary s : ws.store().list()) {
                    spec.commandLine().getOut().println(s.unitCode() + "\t" + s.fiscalYear() + "\t" + s.unitName()
                            + (s.templateYear() == s.fiscalYear() ? "" : "\t" + Msg.get("cli.templateOf", s.templateYear())));
                }
            }
            return 0;
        }
    }
}

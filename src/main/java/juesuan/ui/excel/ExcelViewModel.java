package juesuan.ui.excel;

import java.io.IOException;
import java.nio.file.Path;
import juesuan.exchange.ReportJson;
import juesuan.exchange.Rollover;
import juesuan.exchange.WorkbookExport;
import juesuan.exchange.WorkbookImport;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.ui.session.Edit;
import juesuan.ui.session.ReportSession;

/**
 * Excel for the open report: read this year's nine tables (preview first, then one undoable edit stored in one
 * transaction), fill the 上年决算数 from last year's workbook (undoable too), and write the tables out. Reading is
 * safe off the UI thread; a refused workbook changes nothing.
 */
public final class ExcelViewModel {
    private final ReportSession session;

    public ExcelViewModel(ReportSession session) {
        this.session = session;
    }

    /** Reads a workbook against a snapshot of the open report (no change yet). */
    public WorkbookImport.Plan plan(Path file, WorkbookImport.AmountUnit unit) {
        return plan(file, unit, mapping());
    }

    /** The same with a mapping the officer confirmed; applying it keeps the mapping for next year. */
    public WorkbookImport.Plan plan(Path file, WorkbookImport.AmountUnit unit, WorkbookImport.Mapping mapping) {
        return WorkbookImport.plan(file, snapshot(), unit, mapping);
    }

    /** The mapping the report keeps from an earlier import (this year's or, through rollover, last year's). */
    public WorkbookImport.Mapping mapping() {
        return WorkbookImport.Mapping.of(session.report());
    }

    /** Reads last year's workbook into the 上年决算数 of a snapshot of the open report (no change yet). */
    public Rollover.Result previousYear(Path file, WorkbookImport.AmountUnit unit, WorkbookImport.Mapping mapping) {
        Report r = snapshot();
        if (!mapping.isEmpty()) {
            r.setSetting(WorkbookImport.MAPPING_SETTING, mapping.toJson());
        }
        return WorkbookImport.previousYear(file, r, unit);
    }

    /** Applies a read workbook: the tables replaced, as one undoable edit. */
    public String apply(WorkbookImport.Plan plan) {
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        replace(plan.imported(), Msg.get("excel.editImport"));
        String said = Msg.get("excel.applied", plan.file(), plan.changes().size(), plan.newCodes().size());
        session.say(said);
        return said;
    }

    /** Applies the 上年决算数 read from last year's workbook, as one undoable edit. */
    public String applyPrevious(Rollover.Result result, String file) {
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        replace(result.report(), Msg.get("excel.editPrevious"));
        String said = Msg.get("excel.previousApplied", file, result.filled());
        session.say(said);
        return said;
    }

    /** Writes the open report's tables to a workbook (temporary file, then moved into place). */
    public void export(Path file) throws IOException {
        Report r = snapshot();
        WorkbookExport.write(r, new juesuan.calculation.ReportFigures(r, juesuan.template.TemplateLoader.forReport(r)), file);
    }

    private void replace(Report after, String label) {
        Report before = snapshot();
        Report next = ReportJson.copy(after);
        session.history().perform(Edit.of(label, () -> session.replaceContents(next), () -> session.replaceContents(before)));
    }

    private Report snapshot() {
        Report copy = ReportJson.copy(session.report());
        copy.setId(session.reportId());
        return copy;
    }
}

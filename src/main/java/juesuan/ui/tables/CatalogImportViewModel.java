package juesuan.ui.tables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import juesuan.exchange.CatalogImport;
import juesuan.i18n.Msg;
import juesuan.model.LocalCode;
import juesuan.model.Report;
import juesuan.ui.session.Edit;
import juesuan.ui.session.ReportSession;

/**
 * Imports the bureau's classification list for the open report's fiscal year: reads and compares it first (the
 * officer sees what it adds and renames), then stores it for the year as one undoable edit. A refused list
 * changes nothing.
 */
public final class CatalogImportViewModel {
    private final ReportSession session;

    public CatalogImportViewModel(ReportSession session) {
        this.session = session;
    }

    /**
     * Reads a list and compares it with the year's catalogs as the program and earlier imports have them (the
     * report's own 新增科目 are not the year's: the list confirms them). Safe off the UI thread: reads only.
     */
    public CatalogImport.Plan plan(Path file) {
        Report report = session.report();
        List<LocalCode> imported = report.localCodes().stream().filter(c -> c.origin() == LocalCode.Origin.IMPORTED).toList();
        var t = juesuan.template.TemplateLoader.load(report.templateYear(), imported);
        return CatalogImport.plan(file, t.functions(), t.economics());
    }

    /** Stores what a plan adds and renames for the report's fiscal year (one undoable edit); returns the status text. */
    public String apply(CatalogImport.Plan plan) {
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        Report report = session.report();
        int year = report.fiscalYear();
        List<LocalCode> before = report.localCodes().stream().filter(c -> c.origin() == LocalCode.Origin.IMPORTED).toList();
        List<LocalCode> after = new ArrayList<>(before);
        for (LocalCode c : plan.codes()) {
            after.removeIf(x -> x.catalog() == c.catalog() && x.code().equals(c.code()));
            after.add(c);
        }
        session.history().perform(Edit.of(Msg.get("catalogImport.edit"), () -> use(year, after), () -> use(year, before)));
        String said = Msg.get("catalogImport.applied", year, plan.added().size(), plan.renamed().size());
        session.say(said);
        return said;
    }

    /** Makes a list the year's imported codes: in the open report at once, in the store on the writer. */
    private void use(int year, List<LocalCode> imported) {
        Report report = session.report();
        report.localCodes().removeIf(c -> c.origin() == LocalCode.Origin.IMPORTED);
        report.localCodes().addAll(0, imported);
        session.codesChanged();
        List<LocalCode> copy = List.copyOf(imported);
        session.persist(store -> store.replaceYearCodes(year, copy));
    }
}

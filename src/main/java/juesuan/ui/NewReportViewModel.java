package juesuan.ui;

import java.util.Optional;
import juesuan.exchange.DemoReport;
import juesuan.i18n.Msg;
import juesuan.model.InputError;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.store.ReportStore;
import juesuan.store.ReportSummary;
import juesuan.template.TemplateLoader;

/**
 * Creates a report for a new unit, or for another year of a unit already in the database (its name, duties and
 * contacts are carried over).
 */
public final class NewReportViewModel {
    private final ReportStore store;
    private final juesuan.history.ReportHistory versions;

    /** With the history where the new report's first version goes (null: none, in tests of the form alone). */
    public NewReportViewModel(ReportStore store, juesuan.history.ReportHistory versions) {
        this.store = store;
        this.versions = versions;
    }

    /**
     * Checks the input and creates the report; returns its id.
     *
     * @throws InputError with a plain Chinese message when the input is refused (nothing is created)
     */
    public long create(String code, String name, String yearText) {
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        if (!c.matches("[0-9A-Za-z\\-]{1,32}")) {
            throw new InputError(Msg.get("new.badCode", c));
        }
        int year;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText.strip());
        } catch (NumberFormatException e) {
            throw new InputError(Msg.get("new.badYear", yearText == null ? "" : yearText.strip()));
        }
        int first = TemplateLoader.availableYears().get(0);
        if (year < first || year > 2100) {
            throw new InputError(Msg.get("new.yearOutOfRange", year, first));
        }
        Optional<ReportSummary> sameUnit = store.list().stream().filter(s -> s.unitCode().equals(c)).reduce((a, b) -> b);
        if (store.list().stream().anyMatch(s -> s.unitCode().equals(c) && s.fiscalYear() == year)) {
            throw new InputError(Msg.get("new.duplicate", c, year));
        }
        Unit unit;
        if (sameUnit.isPresent()) {
            unit = store.load(sameUnit.get().reportId()).unit();
        } else {
            if (n.isEmpty()) {
                throw new InputError(Msg.get("unit.nameRequired"));
            }
            unit = new Unit(c, n);
        }
        Report report = DemoReport.blank(unit, year);
        long id = store.insert(report);
        if (versions != null) {
            // a new report is in the history at once, like every saved change (a failure there is logged; the
            // report itself is stored, and its next save writes the history again)
            juesuan.ui.session.Snapshots.save(store, versions, id, "");
        }
        return id;
    }
}

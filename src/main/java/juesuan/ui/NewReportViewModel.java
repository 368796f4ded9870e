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
 * Creates a report for a new unit, or for another year of a unit already in the database: from an earlier report
 * of the unit (新建 from last year: details, 名词解释, projects and every 上年决算数 carried over), or blank with the
 * unit's latest details.
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
        return create(code, name, yearText, null).reportId();
    }

    /**
     * What creating did.
     *
     * @param reportId the new report
     * @param summary  one Chinese sentence for the status bar
     * @param unmapped what a rollover could not carry over (empty for a blank report)
     */
    public record Created(long reportId, String summary, java.util.List<String> unmapped) {
    }

    /** The reports of a unit that a new report can start from, newest first (reads the database: not on the FX thread). */
    public java.util.List<ReportSummary> sources(String code) {
        return sources(store.list(), code);
    }

    /** The reports of a unit among those listed (read once, in the background), newest first. */
    public static java.util.List<ReportSummary> sources(java.util.List<ReportSummary> all, String code) {
        String c = code == null ? "" : code.strip();
        return all.stream().filter(s -> s.unitCode().equals(c))
                .sorted(java.util.Comparator.comparingInt(ReportSummary::fiscalYear).reversed()).toList();
    }

    /** Every report in the database (background work). */
    public java.util.List<ReportSummary> all() {
        return store.list();
    }

    /** What the year field should say: the fallback to an earlier template, or nothing. */
    public Optional<String> yearNotice(String yearText) {
        try {
            int year = Integer.parseInt(yearText == null ? "" : yearText.strip());
            if (year < TemplateLoader.availableYears().get(0) || year > 2100) {
                return Optional.empty();
            }
            return TemplateLoader.fallbackNotice(year, TemplateLoader.templateYearFor(year));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates the report, from an earlier report of the unit when {@code sourceId} is given.
     *
     * @throws InputError with a plain Chinese message when the input is refused (nothing is created)
     */
    public Created create(String code, String name, String yearText, Long sourceId) {
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
        Report report;
        java.util.List<String> unmapped = java.util.List.of();
        String summary;
        if (sourceId != null) {
            Report source = store.load(sourceId);
            if (!source.unit().getCode().equals(c)) {
                throw new InputError(Msg.get("new.sourceOtherUnit", source.unit().getCode(), c));
            }
            if (source.fiscalYear() >= year) {
                throw new InputError(Msg.get("rollover.notLater", source.fiscalYear(), year));
            }
            juesuan.exchange.Rollover.Result r = juesuan.exchange.Rollover.from(source, year);
            report = r.report();
            unmapped = r.unmapped();
            summary = Msg.get("rollover.done", source.fiscalYear(), c, year, report.projects().size(), r.filled());
        } else {
            report = DemoReport.blank(unit, year);
            summary = Msg.get("new.created", c, year);
        }
        long id = store.insert(report);
        if (versions != null) {
            // a new report is in the history at once, like every saved change (a failure there is logged; the
            // report itself is stored, and its next save writes the history again)
            juesuan.ui.session.Snapshots.save(store, versions, id, "");
        }
        return new Created(id, summary, unmapped);
    }
}

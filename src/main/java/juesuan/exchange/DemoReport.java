package juesuan.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.model.YearTemplate;
import juesuan.template.TemplateLoader;

/** Builds reports that start from shipped data: the demo unit, and a blank report for a new unit or year. */
public final class DemoReport {
    /** The demo unit: 105 重庆市江津区政务服务管理办公室（本级）, fiscal year 2023. */
    public static final String RESOURCE = "/demo/105-2023.json";
    public static final String UNIT_CODE = "105";
    public static final int YEAR = 2023;

    private DemoReport() {
    }

    /** The demo report with every figure the sample disclosure states or implies. */
    public static Report create() {
        try (InputStream in = DemoReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Report report = ReportJson.read(in);
            prefillGlossary(report);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a report is the demo unit exactly as shipped (nobody has changed it: nothing of the officer's in it). */
    public static boolean untouched(Report r) {
        return UNIT_CODE.equals(r.unit().getCode()) && r.fiscalYear() == YEAR && !r.isFinal()
                && java.util.Arrays.equals(ReportJson.canonical(r), ReportJson.canonical(create()));
    }

    /** A blank report of a unit for a fiscal year, with the year's 名词解释 prefilled. */
    public static Report blank(Unit unit, int fiscalYear) {
        YearTemplate t = TemplateLoader.forFiscalYear(fiscalYear);
        Report report = new Report(unit, fiscalYear, t.year(), "chongqing");
        prefillGlossary(report);
        return report;
    }

    private static void prefillGlossary(Report report) {
        if (report.glossary().isEmpty()) {
            report.glossary().addAll(TemplateLoader.load(report.templateYear()).glossary());
        }
    }
}

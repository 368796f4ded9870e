package juesuan.audit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;

/** The demo unit, changed as a test needs, and audited; or its tables "as published" with some printed figures altered. */
final class AuditFixture {
    final Report report = DemoReport.create();
    private final Map<String, BigDecimal> printed = new HashMap<>();

    static BigDecimal wan(String v) {
        return Money.wanToYuan(new BigDecimal(v));
    }

    AuditFixture change(Consumer<Report> change) {
        change.accept(report);
        return this;
    }

    /** A printed figure that differs from what the typed cells give (a table as published elsewhere). */
    AuditFixture printed(String ref, String wan) {
        printed.put(ref, wan(wan));
        return this;
    }

    List<String> messages(String ruleId) {
        return findings(ruleId).stream().map(Finding::message).toList();
    }

    List<Finding> findings(String ruleId) {
        return result().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    AuditResult result() {
        ReportFigures figures = new ReportFigures(report, TemplateLoader.load(2023));
        CellValues own = AuditContext.fromFigures(report, figures);
        CellValues cells = new CellValues() {
            @Override
            public BigDecimal value(String ref) {
                BigDecimal p = printed.get(ref);
                return p != null ? p : own.value(ref);
            }

            @Override
            public List<ComputedRow> rows(String table) {
                return own.rows(table);
            }
        };
        return Auditor.audit(new AuditContext(report, figures, cells));
    }
}

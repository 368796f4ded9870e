package juesuan.audit;

import java.util.ArrayList;
import java.util.List;
import juesuan.audit.rules.AdminOpexRule;
import juesuan.audit.rules.BasicTextRule;
import juesuan.audit.rules.CatalogRule;
import juesuan.audit.rules.CompletenessRule;
import juesuan.audit.rules.DisclosureRule;
import juesuan.audit.rules.EmptyReportRule;
import juesuan.audit.rules.ComparisonBaseRule;
import juesuan.audit.rules.FundStatementRule;
import juesuan.audit.rules.HierarchyRule;
import juesuan.audit.rules.NonFiscalSurplusRule;
import juesuan.audit.rules.NonNegativeRule;
import juesuan.audit.rules.PerformanceRule;
import juesuan.audit.rules.PrintableRule;
import juesuan.audit.rules.ReasonRule;
import juesuan.audit.rules.ResidueRule;
import juesuan.audit.rules.RewrittenTextRule;
import juesuan.audit.rules.ShareSumRule;
import juesuan.audit.rules.SubjectNameRule;
import juesuan.audit.rules.ThreePublicQuantityRule;
import juesuan.audit.rules.ThreePublicSumRule;
import juesuan.audit.rules.UnitNameRule;
import juesuan.audit.rules.VehicleRule;
import juesuan.audit.rules.WordingRule;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.Report;

/** Runs every rule of a report's year: the template's relations, then the rules that are not sums. */
public final class Auditor {
    private Auditor() {
    }

    /** The rules that are not sums, in catalog order. */
    public static List<Rule> codedRules() {
        return List.of(new NonNegativeRule(), new HierarchyRule("T2-2", "T2"), new HierarchyRule("T3-2", "T3"),
                new HierarchyRule("T5-1", "T5"), new HierarchyRule("T8/9-1", "T8"), new HierarchyRule("T8/9-1", "T9"),
                new FundStatementRule("T8", Msg.get("audit.noFundMarker")), new FundStatementRule("T9", Msg.get("audit.noStateCapitalMarker")),
                new NonFiscalSurplusRule(), new AdminOpexRule(), new BasicTextRule(), new RewrittenTextRule(), new WordingRule(), new SubjectNameRule(), new ShareSumRule(),
                new ComparisonBaseRule(), new ReasonRule(), new CompletenessRule(), new ResidueRule(), new CatalogRule(), new UnitNameRule(),
                new ThreePublicQuantityRule(), new ThreePublicSumRule(), new DisclosureRule(), new PerformanceRule(), new VehicleRule(), new PrintableRule(), new EmptyReportRule());
    }

    public static List<Rule> rules(int templateYear) {
        List<Rule> all = new ArrayList<>(AuditRules.relations(templateYear));
        all.addAll(codedRules());
        return all;
    }

    public static AuditResult audit(Report report, ReportFigures figures) {
        return audit(new AuditContext(report, figures));
    }

    /**
     * Runs every rule; the findings come 错误 first, then 提示 and 尾差, each in the rules' order. The text is written on a second thread while the rules
     * that do not read it run (on a large report the text is half of the 审核), then the rules that read it run.
     */
    public static AuditResult audit(AuditContext ctx) {
        List<Rule> rules = rules(ctx.template().year());
        List<List<Finding>> found = new ArrayList<>();
        rules.forEach(r -> found.add(new ArrayList<>()));
        ctx.writeTextAside();
        for (boolean text : new boolean[] {false, true}) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).readsText() == text) {
                    rules.get(i).check(ctx, found.get(i)::add);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        found.forEach(out::addAll);
        // 错误 first, then 提示, then 尾差; within each the rules' order (a stable sort)
        out.sort(java.util.Comparator.comparing(Finding::severity));
        return new AuditResult(out);
    }
}

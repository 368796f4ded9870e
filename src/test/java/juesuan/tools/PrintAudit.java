package juesuan.tools;

import juesuan.audit.Auditor;
import juesuan.audit.Finding;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;

/** Developer aid: prints the demo's audit findings. */
public final class PrintAudit {
    private PrintAudit() {
    }

    public static void main(String[] args) {
        Report r = DemoReport.create();
        for (Finding f : Auditor.audit(r, new ReportFigures(r, TemplateLoader.load(2023))).findings()) {
            System.out.println(f.severity() + " " + f.ruleId() + " " + f.message() + "  @" + f.place() + "  key=" + f.key());
        }
    }
}

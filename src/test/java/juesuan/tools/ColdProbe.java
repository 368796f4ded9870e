package juesuan.tools;

import java.nio.file.Path;
import juesuan.app.Workspace;
import juesuan.calculation.ReportFigures;
import juesuan.model.Report;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.template.TemplateLoader;

/** Developer aid: where the time of a cold render goes. */
public final class ColdProbe {
    private ColdProbe() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        p("jvm up", t0);
        Workspace ws = Workspace.open(Path.of(args[0]));
        p("database open", t0);
        Report r = ws.store().find("105", 2023).orElseThrow();
        p("report loaded", t0);
        ReportFigures f = new ReportFigures(r, TemplateLoader.load(2023));
        Document d = DocumentBuilder.build(r, f);
        p("document filled", t0);
        d.write(Document.Format.PDF, Path.of(args[1]));
        p("pdf written", t0);
        ws.close();
    }

    private static void p(String what, long t0) {
        System.out.printf("%-18s %5d ms%n", what, System.currentTimeMillis() - t0);
    }
}

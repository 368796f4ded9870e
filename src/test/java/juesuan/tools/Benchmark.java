package juesuan.tools;

import java.util.Arrays;
import java.util.function.Supplier;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Report;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;

/**
 * Rerunnable speed measurements on the demo unit (results go to docs/PERFORMANCE.md):
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" juesuan.tools.Benchmark}.
 * Each figure is the median and the 95th percentile of warm runs after a warm-up, on fresh figures each time
 * (as after an edit).
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) {
        Report r = DemoReport.create();
        var t = TemplateLoader.load(2023);
        System.out.printf("java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        measure("audit (all rules, text included)", () -> Auditor.audit(r, new ReportFigures(r, t)));
        measure("text, Chongqing profile", () -> NarrativeGenerator.generate(r, new ReportFigures(r, t), Profiles.get("chongqing")));
        measure("text, MoF profile", () -> NarrativeGenerator.generate(r, new ReportFigures(r, t), Profiles.get("mof")));
        measure("document filled and exported to PDF", () -> juesuan.report.DocumentBuilder.build(r, new ReportFigures(r, t))
                .export(juesuan.report.Document.Format.PDF));
        measure("tables computed (9)", () -> {
            ReportFigures f = new ReportFigures(r, t);
            t.tables().forEach(x -> f.table(x.code()));
            return f;
        });
    }

    static void measure(String what, Supplier<?> work) {
        long start = System.nanoTime();
        int warm = 0;
        while (warm < 300 && System.nanoTime() - start < 20_000_000_000L) {
            work.get();
            warm++;
        }
        long one = (System.nanoTime() - start) / warm;
        long[] ns = new long[one > 20_000_000 ? 30 : 500];
        for (int i = 0; i < ns.length; i++) {
            long s = System.nanoTime();
            work.get();
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf("%-36s median %6.2f ms   p95 %6.2f ms%n", what, ns[ns.length / 2] / 1e6, ns[ns.length * 95 / 100] / 1e6);
    }
}

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
        measure("document filled and written as Word (DOCX)", () -> juesuan.report.DocumentBuilder.build(r, new ReportFigures(r, t))
                .export(juesuan.report.Document.Format.DOCX));
        juesuan.report.Document filled = juesuan.report.DocumentBuilder.build(r, new ReportFigures(r, t));
        measure("Word export of a filled document", () -> filled.export(juesuan.report.Document.Format.DOCX));
        measure("tables computed (9)", () -> {
            ReportFigures f = new ReportFigures(r, t);
            t.tables().forEach(x -> f.table(x.code()));
            return f;
        });
        for (int items : new int[] {100, 300}) {
            Report large = LargeReport.of(items, 0);
            var lt = TemplateLoader.forReport(large);
            int rows = 0;
            ReportFigures once = new ReportFigures(large, lt);
            for (var x : lt.tables()) {
                rows += once.table(x.code()).rows().size();
            }
            measure("tables computed (9), " + rows + " rows", () -> {
                ReportFigures f = new ReportFigures(large, lt);
                lt.tables().forEach(x -> f.table(x.code()));
                return f;
            });
        }
        // one edit of the large report (issue 16): what the UI thread does — the report copied for the background
        // 审核 and all nine tables recomputed — and the 审核 itself, which runs on the copy in the background
        Report edited = LargeReport.of(100, 200);
        var et = TemplateLoader.forReport(edited);
        // each run is one edit: a cell of 公开02表 takes a new amount (the text's 自评表 paragraphs are kept, as after
        // any edit that does not touch a project)
        String row = edited.table("T2").rows().iterator().next();
        long[] edits = {0};
        Runnable edit = () -> edited.table("T2").set(row, "fiscal", new java.math.BigDecimal(100_000 + edits[0]++).movePointLeft(2));
        measure("edit, UI thread: copy + 9 tables (100 项, 200 projects)", () -> {
            edit.run();
            Report copy = edited.copy();
            ReportFigures f = new ReportFigures(edited, et);
            et.tables().forEach(x -> f.table(x.code()));
            return copy;
        });
        measure("edit, background: 审核 of the copy (100 项, 200 projects)", () -> {
            edit.run();
            Report copy = edited.copy();
            return Auditor.audit(copy, new ReportFigures(copy, et));
        });
        measure("large report filled and exported to PDF", () -> juesuan.report.DocumentBuilder.build(edited,
                new ReportFigures(edited, et)).export(juesuan.report.Document.Format.PDF));
        java.nio.file.Path big = bigWorkbook(r);
        measure("Excel: 2 000-row workbook read and recomputed", () -> {
            Report imported = juesuan.exchange.WorkbookImport.plan(big, blankOf(r), null).imported();
            ReportFigures f = new ReportFigures(imported, TemplateLoader.forReport(imported));
            t.tables().forEach(x -> f.table(x.code()));
            return f;
        });
    }

    /** A report with every 项 of the catalog in 公开02/03/05/08/09表, written as a workbook of about 2 000 rows. */
    static java.nio.file.Path bigWorkbook(Report demo) {
        try {
            Report big = blankOf(demo);
            var t = TemplateLoader.forReport(big);
            java.math.BigDecimal yuan = new java.math.BigDecimal("12345.67");
            for (var e : t.functions().all()) {
                if (e.level() == 3) {
                    for (String table : new String[] {"T2", "T3", "T5", "T8", "T9"}) {
                        String col = switch (table) {
                            case "T2" -> "fiscal";
                            case "T8", "T9" -> "income";
                            default -> "basic";
                        };
                        big.table(table).addRow(e.code());
                        big.table(table).set(e.code(), col, yuan);
                    }
                }
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("bench", ".xlsx");
            juesuan.exchange.WorkbookExport.write(big, new ReportFigures(big, t), file);
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
                int rows = 0;
                for (var sheet : wb) {
                    rows += sheet.getPhysicalNumberOfRows();
                }
                System.out.printf("workbook of %d rows%n", rows);
            }
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Report blankOf(Report demo) {
        Report r = new Report(new juesuan.model.Unit(demo.unit().getCode(), demo.unit().getName()), demo.fiscalYear(),
                demo.templateYear(), demo.profile());
        r.setId(1L);
        return r;
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

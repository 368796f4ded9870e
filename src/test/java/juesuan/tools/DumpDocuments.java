package juesuan.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;

/** Writes the demo's and a large report's PDF and DOCX into a folder, to look at: {@code DumpDocuments DIR}. */
public final class DumpDocuments {
    private DumpDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        write(DemoReport.create(), dir, "demo");
        write(LargeReport.of(40, 3), dir, "large");
    }

    static void write(Report r, Path dir, String name) throws Exception {
        Document d = DocumentBuilder.build(r, new ReportFigures(r, TemplateLoader.forReport(r)));
        d.write(Document.Format.PDF, dir.resolve(name + ".pdf"));
        d.write(Document.Format.DOCX, dir.resolve(name + ".docx"));
    }
}

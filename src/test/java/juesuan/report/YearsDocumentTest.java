package juesuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.model.Report;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo unit's figures as a 2024, 2025 and 2026 report: each audits, narrates under both profiles and renders. */
class YearsDocumentTest {
    private static Report demoAs(int year) {
        Report demo = DemoReport.create();
        Report r = ReportJson.fromTree(withYear(demo, year));
        assertEquals(year, r.fiscalYear());
        return r;
    }

    private static com.fasterxml.jackson.databind.JsonNode withYear(Report demo, int year) {
        try {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(ReportJson.write(demo));
            tree.put("fiscalYear", year).put("templateYear", TemplateLoader.templateYearFor(year));
            return tree;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void theDemoFiguresMakeAWholeReportInLaterYears(int year) throws Exception {
        Report r = demoAs(year);
        ReportFigures figures = new ReportFigures(r, TemplateLoader.forReport(r));
        assertEquals(Math.min(year, 2025), figures.template().year());
        AuditResult audit = Auditor.audit(r, figures);
        Report demo = DemoReport.create();
        AuditResult audit2023 = Auditor.audit(demo, new ReportFigures(demo, TemplateLoader.forReport(demo)));
        assertEquals(audit2023.errors().size(), audit.errors().size(), "the same figures audit the same in " + year);
        for (String profile : List.of("chongqing", "mof")) {
            Narrative n = NarrativeGenerator.generate(r, figures.template(), Profiles.get(profile));
            assertTrue(n.text().contains(year + "年度"), profile + " " + year);
            assertTrue(n.text().contains("1463.32万元") || n.text().contains("1,463.32万元"), profile + " " + year + " states the total");
        }
        Document d = DocumentBuilder.build(r, figures);
        byte[] pdf = d.export(Document.Format.PDF);
        assertTrue(d.pageCount() > 10, "pages: " + d.pageCount());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains(year + "年度"), "the document is dated " + year);
        }
    }
}

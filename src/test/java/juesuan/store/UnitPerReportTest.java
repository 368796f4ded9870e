package juesuan.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each report owns its unit's details for its year: editing 2024's never changes 2023's text or document. */
class UnitPerReportTest {
    @TempDir
    Path dir;

    private static String text(Report r) {
        return NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get("chongqing")).text();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void editingNextYearsUnitDetailsLeavesThisYearsReportAsItWas() throws Exception {
        try (Database db = Database.openFile(dir.resolve("u"))) {
            ReportStore store = new ReportStore(db);
            long y2023 = store.insert(DemoReport.create());
            Report next = ReportJson.copy(DemoReport.create());
            Report y2024report = new Report(next.unit(), 2024, 2023, next.profile());
            long y2024 = store.insert(y2024report);

            Report before = store.load(y2023);
            String textBefore = text(before);
            byte[] pdfBefore = juesuan.report.DocumentBuilder.build(before,
                    new ReportFigures(before, TemplateLoader.load(2023))).export(juesuan.report.Document.Format.PDF);

            Unit u = store.load(y2024).unit();
            u.setName("重庆市江津区政务服务管理办公室（本级，2024年更名）");
            u.setContactPerson("李四");
            u.setContactPhone("023-00000000");
            u.getDuties().set(0, "2024年的新职责。");
            u.getSubunits().clear();
            store.saveUnit(y2024, u);

            Report after = store.load(y2023);
            assertEquals(ReportJson.write(before), ReportJson.write(after), "the 2023 report is unchanged");
            assertEquals(textBefore, text(after));
            assertTrue(text(after).contains("苏杨"));
            byte[] pdfAfter = juesuan.report.DocumentBuilder.build(after,
                    new ReportFigures(after, TemplateLoader.load(2023))).export(juesuan.report.Document.Format.PDF);
            assertEquals(pdfText(pdfBefore), pdfText(pdfAfter),
                    "the 2023 document reads the same");

            Report changed = store.load(y2024);
            assertEquals("李四", changed.unit().getContactPerson());
            assertEquals("2024年的新职责。", changed.unit().getDuties().get(0));
            assertEquals(0, changed.unit().getSubunits().size());
            assertEquals("重庆市江津区政务服务管理办公室（本级，2024年更名）",
                    store.list().stream().filter(s -> s.fiscalYear() == 2024).findFirst().orElseThrow().unitName());
            assertEquals(before.unit().getName(),
                    store.list().stream().filter(s -> s.fiscalYear() == 2023).findFirst().orElseThrow().unitName());
        }
    }

}

package juesuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import juesuan.consolidation.Members;
import juesuan.narrative.MofShapes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole Ministry-of-Finance document for three shapes of report (a single 行政单位, a department with 事业单位
 * members, a unit created during the year): its parts in the template's order, 第一部分's 单位构成 as a
 * 序号 | 单位名称 | 备注 table for the department and 机构设置 for the single unit, in the PDF and in the Word file, and
 * every figure of the nine tables in its row and column.
 */
class MofDocumentTest {
    private static DocumentCheck.Rendered single;
    private static DocumentCheck.Rendered department;
    private static DocumentCheck.Rendered newUnit;

    @BeforeAll
    static void render() throws Exception {
        single = DocumentCheck.Rendered.of("mof-single", MofShapes.single());
        department = DocumentCheck.Rendered.of("mof-department", MofShapes.department());
        newUnit = DocumentCheck.Rendered.of("mof-new-unit", MofShapes.newUnit());
    }

    @Test
    void thePartsComeInTheTemplatesOrder() {
        for (DocumentCheck.Rendered s : List.of(single, department, newUnit)) {
            List<String> top = new ArrayList<>();
            for (Document.Entry e : s.document().outline()) {
                if (e.level() == 1) {
                    top.add(e.title().replaceAll("\\s", "").replace(s.report().unit().getName(), "<单位>")
                            .replace(String.valueOf(s.report().fiscalYear()), "<年>"));
                }
            }
            assertEquals(List.of("封面", "目录", "第一部分<单位>概况", "第二部分<单位><年>年度部门决算表",
                    "第三部分<单位><年>年度部门决算情况说明", "第四部分名词解释"), top, s.name());
        }
    }

    @Test
    void theDepartmentListsItsUnitsInATable() throws Exception {
        String pages = String.join("\n", department.pages());
        assertTrue(pages.contains("二、部门决算单位构成"), pages);
        // the table's heading line, then one numbered line per member, 本级 first
        String[] lines = {"序号单位名称备注", "1" + Members.DEPARTMENT + "（本级）", "2测试局下属事业单位甲", "3测试局下属事业单位乙"};
        int at = 0;
        for (String l : lines) {
            int found = pages.indexOf(l + "\n", at);
            assertTrue(found >= 0, "the PDF prints the line " + l + " after the ones before it:\n" + pages);
            at = found;
        }
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(department.docx()))) {
            XWPFTable t = w.getTables().stream().filter(x -> "序号".equals(x.getRow(0).getCell(0).getText())).findFirst().orElse(null);
            assertNotNull(t, "the Word file has the 单位构成 as a table");
            assertEquals(List.of("序号", "单位名称", "备注"), t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(4, t.getNumberOfRows());
            assertEquals(List.of("3", "测试局下属事业单位乙", ""), t.getRow(3).getTableCells().stream().map(c -> c.getText()).toList());
        }
    }

    @Test
    void aUnitOnItsOwnDescribesItsBodiesInstead() throws Exception {
        for (DocumentCheck.Rendered s : List.of(single, newUnit)) {
            String pages = String.join("\n", s.pages());
            assertTrue(pages.contains("二、机构设置"), s.name());
            assertFalse(pages.contains("部门决算单位构成"), s.name());
            assertFalse(pages.contains("序号单位名称备注"), s.name());
            assertTrue(pages.contains("不含下属单位") || pages.contains("无下属单位"), s.name());
        }
    }

    @Test
    void noPageOfTheTextEndsWithAHeading() {
        for (DocumentCheck.Rendered s : List.of(single, department, newUnit)) {
            List<String> orphans = new ArrayList<>();
            int page = 0;
            for (net.sf.jasperreports.engine.JasperPrint part : s.document().parts()) {
                List<net.sf.jasperreports.engine.JRPrintPage> pages = part.getPages();
                for (int p = 0; p < pages.size(); p++) {
                    page++;
                    // the lowest text above the page line; headings are the bold texts of the text's pages
                    net.sf.jasperreports.engine.JRPrintText last = null;
                    for (var e : pages.get(p).getElements()) {
                        if (e instanceof net.sf.jasperreports.engine.JRPrintText t && t.getY() < part.getPageHeight() - 80
                                && t.getY() > 80 && (last == null || t.getY() >= last.getY())) {
                            last = t;
                        }
                    }
                    boolean text = part.getName().startsWith("text");
                    if (text && p + 1 < pages.size() && last != null && Boolean.TRUE.equals(last.isBold())) {
                        orphans.add("page " + page + ": " + last.getFullText());
                    }
                }
            }
            assertEquals(List.of(), orphans, s.name());
        }
    }

    @Test
    void everyFigureOfTheTablesIsInItsRowAndColumnAndNoPageIsBlank() throws Exception {
        for (DocumentCheck.Rendered s : List.of(single, department, newUnit)) {
            String profile = s.report().profile();
            assertEquals(List.of(), DocumentCheck.wordStructure(s.document(), s.docx()), s.name());
            assertEquals(List.of(), DocumentCheck.wordFigures(s.document(), s.figures(), profile, s.docx()), s.name());
            assertEquals(List.of(), DocumentCheck.wordFixedFigures(s.document(), s.figures(), profile, s.docx()), s.name());
            assertEquals(List.of(), DocumentCheck.pdfFigures(s.document(), s.figures(), profile), s.name());
            List<String> pages = s.pages();
            for (int i = 0; i < pages.size(); i++) {
                assertFalse(pages.get(i).isBlank(), s.name() + ": page " + (i + 1) + " is blank");
            }
        }
    }
}

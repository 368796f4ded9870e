package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.audit.Finding;
import juesuan.audit.Severity;
import juesuan.model.InputError;
import juesuan.model.LocalCode;
import juesuan.model.Report;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit whose money is spread over eight 类 the first catalog had no 款/项 for, entered through the code picker and
 * 新增科目, then audited, narrated under both text profiles and rendered.
 */
class ManyClassesTest {
    /** One shipped 项 from each of 212, 213, 214, 215, 216, 220, 224 and 229, with the 一般公共预算 spent on it. */
    private static final Map<String, String> PICKED = new java.util.LinkedHashMap<>();

    static {
        PICKED.put("2120104", "12.5");   // 城管执法
        PICKED.put("2130122", "30");     // 农业生产发展
        PICKED.put("2140106", "8.25");   // 公路养护
        PICKED.put("2150805", "6");      // 中小企业发展专项
        PICKED.put("2160250", "4.4");    // 事业运行（商业流通事务）
        PICKED.put("2200106", "3.3");    // 自然资源利用与保护
        PICKED.put("2240108", "2.2");    // 应急救援
        PICKED.put("2299999", "1.1");    // 其他支出
    }

    @TempDir
    Path dir;

    @Test
    void eightMoreClassesThroughThePickerAndNewCodesAreAuditedNarratedAndRendered() throws Exception {
        try (SessionFixture fx = new SessionFixture(dir)) {
            TableSheetModel t5 = new TableSheetModel(fx.session, "T5");
            SheetViewModel grid = new SheetViewModel(t5, fx.session);
            for (Map.Entry<String, String> e : PICKED.entrySet()) {
                t5.addRow(e.getKey());
                assertTrue(grid.select(e.getKey(), "project"), e.getKey());
                assertTrue(grid.commit(grid.focusRow(), grid.focusCol(), e.getValue()));
            }

            // 新增科目: a 项 under a 款 the catalog lacks needs the 款's name as well
            assertEquals(List.of("21308"), t5.missingParents("2130803"));
            InputError noKuan = assertThrows(InputError.class, () -> t5.addNewCode("2130803", "农业保险保费补贴", Map.of()));
            assertTrue(noKuan.getMessage().contains("款级科目 21308"), noKuan.getMessage());
            assertTrue(assertThrows(InputError.class, () -> t5.addNewCode("21308031", "x", Map.of())).getMessage().contains("7 位数字"));
            assertTrue(assertThrows(InputError.class, () -> t5.addNewCode("2130101", "行政运行", Map.of())).getMessage().contains("已在本年度科目表中"));
            t5.addNewCode("2130803", "农业保险保费补贴", Map.of("21308", "普惠金融发展支出"));
            assertTrue(grid.select("2130803", "project"));
            assertTrue(grid.commit(grid.focusRow(), grid.focusCol(), "5"));
            assertEquals("普惠金融发展支出", fx.session.template().functions().find("21308").orElseThrow().name());

            Report stored = fx.stored();
            assertEquals(List.of("21308", "2130803"), stored.localCodes().stream().map(LocalCode::code).toList(), "codes travel with the report");
            for (String code : PICKED.keySet()) {
                assertTrue(stored.table("T5").rows().contains(code), code);
            }

            Report r = fx.session.report();
            AuditResult audit = Auditor.audit(r, fx.session.figures());
            List<Finding> catalog = audit.findings().stream().filter(f -> f.ruleId().equals("N-8")).toList();
            assertEquals(1, catalog.size(), catalog.toString());
            assertEquals(Severity.HINT, catalog.get(0).severity());
            assertTrue(catalog.get(0).message().contains("2130803 农业保险保费补贴 不在 2023 年度科目表中"), catalog.get(0).message());

            // the Chongqing text compares per 类, the Ministry-of-Finance text per 项
            String cq = NarrativeGenerator.generate(r, fx.session.template(), Profiles.get("chongqing")).text();
            for (String lei : List.of("城乡社区支出", "农林水支出", "交通运输支出", "灾害防治及应急管理支出", "其他支出")) {
                assertTrue(cq.contains(lei), "chongqing names " + lei);
            }
            String mof = NarrativeGenerator.generate(r, fx.session.template(), Profiles.get("mof")).text();
            for (String xiang : List.of("城管执法", "公路养护", "应急救援", "农业保险保费补贴")) {
                assertTrue(mof.contains(xiang), "mof names " + xiang);
            }
            byte[] pdf = DocumentBuilder.build(r, fx.session.figures()).export(Document.Format.PDF);
            String printed = pdfText(pdf);
            for (String name : List.of("城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出",
                    "自然资源海洋气象等支出", "灾害防治及应急管理支出", "城管执法", "公路养护", "应急救援", "普惠金融发展支出", "农业保险保费补贴")) {
                assertTrue(printed.replaceAll("\\s", "").contains(name), name + " printed");
            }
            assertTrue(printed.contains("2130803") || printed.replaceAll("\\s", "").contains("21308"), "its code is printed");

            // undo takes the row and the codes away again, in memory and on disk
            fx.session.history().undo(); // the figure
            fx.session.history().undo(); // the new code
            assertFalse(fx.session.report().table("T5").rows().contains("2130803"));
            assertTrue(fx.stored().localCodes().isEmpty());
            assertFalse(fx.session.template().functions().contains("2130803"));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}

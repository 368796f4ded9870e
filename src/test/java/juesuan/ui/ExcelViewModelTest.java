package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import juesuan.exchange.ReportJson;
import juesuan.exchange.WorkbookImport;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.ui.excel.ExcelViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel from the table tabs: a workbook's tables come in as one undoable edit, stored; the export reads back. */
class ExcelViewModelTest {
    @TempDir
    Path dir;

    @Test
    void importingAWorkbookIsOneUndoableEdit() throws Exception {
        try (SessionFixture fx = new SessionFixture(dir)) {
            ExcelViewModel vm = new ExcelViewModel(fx.session);
            Path file = dir.resolve("105.xlsx");
            vm.export(file);
            String before = ReportJson.write(fx.stored());
            // the same workbook with one 项 changed
            Report changed = ReportJson.copy(fx.session.report());
            changed.table("T5").set("2010302", "project", Money.wanToYuan(new BigDecimal("180")));
            juesuan.exchange.WorkbookExport.write(changed, new juesuan.calculation.ReportFigures(changed,
                    juesuan.template.TemplateLoader.forReport(changed)), dir.resolve("changed.xlsx"));
            WorkbookImport.Plan plan = vm.plan(dir.resolve("changed.xlsx"), null);
            assertEquals(1, plan.changes().size(), plan.changes().toString());
            assertTrue(plan.describe().contains("一般行政管理事务（2010302） · 项目支出：175.00 → 180.00"), plan.describe());
            assertTrue(vm.apply(plan).contains("1 个单元格"));
            assertEquals(0, Money.wanToYuan(new BigDecimal("180")).compareTo(fx.stored().table("T5").get("2010302", "project")));
            fx.session.history().undo();
            assertEquals(before, ReportJson.write(fx.stored()));
        }
    }
}

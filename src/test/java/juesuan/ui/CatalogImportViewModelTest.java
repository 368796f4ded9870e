package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import juesuan.exchange.CatalogImport;
import juesuan.exchange.ReportJson;
import juesuan.failure.UserFailure;
import juesuan.model.LocalCode;
import juesuan.ui.tables.CatalogImportViewModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the bureau's list for the open report's year: previewed, stored for the year, undoable; a bad list changes nothing. */
class CatalogImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aListIsPreviewedThenStoredForTheYearAndCanBeUndone() throws Exception {
        Path list = dir.resolve("局科目表.csv");
        Files.writeString(list, "科目编码,科目名称\n21308,普惠金融发展支出\n2130803,农业保险保费补贴\n2010350,事业运行（机关事务）\n",
                StandardCharsets.UTF_8);
        try (SessionFixture fx = new SessionFixture(dir)) {
            CatalogImportViewModel vm = new CatalogImportViewModel(fx.session);
            CatalogImport.Plan plan = vm.plan(list);
            assertEquals(2, plan.added().size());
            assertEquals(1, plan.renamed().size());
            assertTrue(fx.store().yearCodes(2023).isEmpty(), "a preview stores nothing");

            String said = vm.apply(plan);
            assertTrue(said.contains("新增 2 个，改名 1 个"), said);
            assertEquals(3, fx.store().yearCodes(2023).size());
            assertEquals("事业运行（机关事务）", fx.session.template().functions().find("2010350").orElseThrow().name());
            // the imported code is picked like any shipped one, with no 提示
            new TableSheetModel(fx.session, "T5").addRow("2130803");
            assertTrue(fx.stored().localCodes().stream().allMatch(c -> c.origin() == LocalCode.Origin.IMPORTED));
            assertTrue(ReportJson.write(fx.stored()).contains("\"origin\" : \"IMPORTED\""), "codes travel in the report file");

            fx.session.history().undo(); // the row
            fx.session.history().undo(); // the import
            assertTrue(fx.store().yearCodes(2023).isEmpty());
            assertEquals("事业运行", fx.session.template().functions().find("2010350").orElseThrow().name());
            assertFalse(fx.session.template().functions().contains("2130803"));
        }
    }

    @Test
    void theBureausListConfirmsAnOfficersNewCodeSoItIsNoLongerAHint() throws Exception {
        Path list = dir.resolve("局科目表（含新增）.csv");
        Files.writeString(list, "科目编码,科目名称\n21308,普惠金融发展支出\n2130803,农业保险保费补贴\n", StandardCharsets.UTF_8);
        try (SessionFixture fx = new SessionFixture(dir)) {
            new TableSheetModel(fx.session, "T5").addNewCode("2130803", "农业保险保费补贴", java.util.Map.of("21308", "普惠金融发展支出"));
            assertEquals(1, hints(fx));
            CatalogImportViewModel vm = new CatalogImportViewModel(fx.session);
            CatalogImport.Plan plan = vm.plan(list);
            assertEquals(List.of("21308", "2130803"), plan.added().stream().map(LocalCode::code).toList(),
                    "the officer's own codes are not yet the year's");
            vm.apply(plan);
            assertEquals(0, hints(fx));
        }
    }

    private static long hints(SessionFixture fx) {
        return juesuan.audit.Auditor.audit(fx.session.report(), fx.session.figures()).findings().stream()
                .filter(f -> f.ruleId().equals("N-8")).count();
    }

    @Test
    void aRefusedListLeavesTheDatabaseAsItWas() throws Exception {
        Path bad = dir.resolve("重复.csv");
        Files.writeString(bad, "科目编码,科目名称\n21308,普惠金融发展支出\n21308,普惠金融\n", StandardCharsets.UTF_8);
        try (SessionFixture fx = new SessionFixture(dir)) {
            long revision = fx.store().revision(fx.session.reportId());
            String before = ReportJson.write(fx.stored());
            UserFailure e = assertThrows(UserFailure.class, () -> new CatalogImportViewModel(fx.session).plan(bad));
            assertTrue(e.getMessage().contains("出现两次且名称不同"), e.getMessage());
            assertEquals(revision, fx.store().revision(fx.session.reportId()));
            assertEquals(before, ReportJson.write(fx.stored()));
            assertEquals(List.of(), fx.store().yearCodes(2023));
        }
    }
}

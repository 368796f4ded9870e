package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import juesuan.model.InputError;
import juesuan.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 新建: from last year's report (details and every 上年决算数 carried), or blank; the year says which template it uses. */
class NewReportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aNewYearFromLastYearsReportCarriesItsPriorFigures() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NewReportViewModel vm = new NewReportViewModel(fx.store(), fx.workspace.history());
            var sources = vm.sources("105");
            assertEquals(1, sources.size());
            NewReportViewModel.Created c = vm.create("105", "", "2024", sources.get(0).reportId());
            assertTrue(c.summary().contains("填入 33 个上年决算数"), c.summary());
            assertTrue(c.unmapped().isEmpty());
            Report y2024 = fx.store().load(c.reportId());
            assertEquals(2024, y2024.templateYear());
            assertNotNull(y2024.comparison("total.grand").priorFinal());
            assertEquals(fx.session.report().unit().getDuties(), y2024.unit().getDuties());
            assertTrue(fx.workspace.history().versions("105", 2024).size() >= 1, "its first version is in the history");

            long y2026 = vm.create("105", "", "2026", null).reportId();
            InputError later = assertThrows(InputError.class, () -> vm.create("105", "", "2025", y2026));
            assertTrue(later.getMessage().contains("只能从更早年度的报告结转"), later.getMessage());
            InputError other = assertThrows(InputError.class, () -> vm.create("106", "新单位", "2024", sources.get(0).reportId()));
            assertTrue(other.getMessage().contains("属于单位 105"), other.getMessage());
        }
    }

    @Test
    void theYearFieldSaysWhenAnEarlierTemplateIsUsed() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NewReportViewModel vm = new NewReportViewModel(fx.store(), null);
            assertTrue(vm.yearNotice("2026").orElseThrow().contains("暂按 2025 年度模板"));
            assertTrue(vm.yearNotice("2025").isEmpty());
            assertTrue(vm.yearNotice("abc").isEmpty());
            NewReportViewModel.Created blank = vm.create("106", "新设单位", "2026", null);
            assertEquals(2025, fx.store().load(blank.reportId()).templateYear());
            assertTrue(blank.summary().contains("空白报告"));
        }
    }
}

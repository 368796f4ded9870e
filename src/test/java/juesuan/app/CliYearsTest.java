package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.store.Database;
import juesuan.store.ReportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Years on the command line: a report whose template is missing fails every command with one Chinese sentence and
 * status 2; a year without its own template uses the latest earlier one and says so; rollover makes next year.
 */
class CliYearsTest {
    @TempDir
    Path dir;



    private static void chineseFailure(CliRun r, String command) {
        assertEquals(2, r.status(), command + ": " + r.err());
        assertTrue(r.err().contains("本程序没有 2019 年度的报表模板"), command + ": " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("missing template"), r.err());
        assertTrue(r.out().isEmpty(), command + " printed nothing: " + r.out());
    }

    @Test
    void everyCommandOnAReportWhoseTemplateIsMissingSaysSoInChineseWithStatus2() throws Exception {
        Path db = dir.resolve("j");
        try (Database d = Database.openFile(db)) {
            // a report made by a program that had a 2019 template (or a damaged file): this program has none
            d.dsl(); // opened and migrated
            new ReportStore(d).insert(new Report(new Unit("901", "模板缺失的单位"), 2024, 2019, "chongqing"));
        }
        String file = db.toString();
        chineseFailure(CliRun.of("narrative", "--unit", "901", "--year", "2024", "--db", file), "narrative");
        chineseFailure(CliRun.of("audit", "--unit", "901", "--year", "2024", "--db", file), "audit");
        chineseFailure(CliRun.of("render", "--unit", "901", "--year", "2024", "--format", "pdf", "--out", dir.resolve("x.pdf").toString(),
                "--db", file), "render");
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        chineseFailure(CliRun.of("rollover", "--unit", "901", "--from", "2024", "--db", file), "rollover");
        Report orphan = new Report(new Unit("902", "另一个单位"), 2024, 2019, "chongqing");
        Path json = dir.resolve("902-2024.json");
        Files.writeString(json, ReportJson.write(orphan));
        chineseFailure(CliRun.of("import", json.toString(), "--db", file), "import");
        CliRun list = CliRun.of("list", "--db", file);
        assertEquals(0, list.status());
        assertTrue(list.out().contains("901\t2024\t模板缺失的单位\t（按 2019 年度模板编制）"), list.out());
    }

    @Test
    void aWrongCommandLineIsToldInChinese() {
        String db = dir.resolve("w").toString();
        CliRun missing = CliRun.of("audit", "--year", "2023", "--db", db);
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("缺少选项：--unit"), missing.err());
        CliRun bad = CliRun.of("rollover", "--unit", "105", "--from", "abc", "--db", db);
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("选项 --from 的值“abc”无效"), bad.err());
        CliRun unknown = CliRun.of("frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("无法识别的命令或参数：frobnicate"), unknown.err());
        for (CliRun r : List.of(missing, bad, unknown)) {
            assertFalse(r.err().contains("Missing") || r.err().contains("Invalid") || r.err().contains("Unknown"), r.err());
        }
    }

    @Test
    void rolloverMakesNextYearAndALaterYearFallsBackToTheLatestTemplate() {
        String db = dir.resolve("r").toString();
        CliRun first = CliRun.of("rollover", "--unit", "105", "--from", "2023", "--db", db);
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("已从 2023 年度报告建立 105 2024 年度报告") && first.out().contains("33 个上年决算数"), first.out());
        assertTrue(first.err().isEmpty(), first.err());

        CliRun again = CliRun.of("rollover", "--unit", "105", "--from", "2023", "--db", db);
        assertEquals(2, again.status());
        assertTrue(again.err().contains("已有") || again.err().contains("已存在"), again.err());
        CliRun none = CliRun.of("rollover", "--unit", "777", "--from", "2023", "--db", db);
        assertEquals(2, none.status());
        assertTrue(none.err().contains("单位 777 没有 2023 年度的报告"), none.err());

        CliRun y2026 = CliRun.of("rollover", "--unit", "105", "--from", "2024", "--to", "2026", "--db", db);
        assertEquals(0, y2026.status(), y2026.err());
        assertTrue(y2026.err().contains("2026 年度尚无本年度的报表模板，暂按 2025 年度模板"), y2026.err());
        for (String command : new String[] {"narrative", "audit"}) {
            CliRun r = CliRun.of(command, "--unit", "105", "--year", "2026", "--db", db);
            assertTrue(r.status() == 0 || r.status() == 1, command + ": " + r.err());
            assertTrue(r.err().contains("暂按 2025 年度模板"), command + " says which template: " + r.err());
        }
        CliRun render = CliRun.of("render", "--unit", "105", "--year", "2026", "--format", "pdf", "--out", dir.resolve("2026.pdf").toString(), "--db", db);
        assertEquals(0, render.status(), render.err());
        assertTrue(render.err().contains("暂按 2025 年度模板"), render.err());
        assertTrue(CliRun.of("list", "--db", db).out().contains("105\t2026\t" + DemoReport.create().unit().getName() + "\t（按 2025 年度模板编制）"));
    }
}

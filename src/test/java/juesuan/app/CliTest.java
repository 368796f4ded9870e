package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;



    @Test
    void narrativePrintsTheWholeTextFromANewDatabaseWithTheDemoUnit() {
        String db = dir.resolve("new").toString();
        CliRun r = CliRun.of("narrative", "--unit", "105", "--year", "2023", "--db", db);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("重庆市江津区政务服务管理办公室（本级）2023年度决算公开说明\n一、单位基本情况\n"));
        assertTrue(r.out().contains("收支较上年决算数增加350.10万元，增长31.45%"));
        assertTrue(r.out().contains("七、决算公开联系方式及信息反馈渠道\n"));
        CliRun mof = CliRun.of("narrative", "--unit", "105", "--year", "2023", "--db", db, "--profile", "mof");
        assertTrue(mof.out().contains("第三部分 重庆市江津区政务服务管理办公室（本级）2023年度部门决算情况说明"));
    }

    @Test
    void unknownUnitOrProfileFailsWithAPlainMessage() {
        String db = dir.resolve("x").toString();
        CliRun r = CliRun.of("narrative", "--unit", "999", "--year", "2023", "--db", db);
        assertEquals(2, r.status());
        assertEquals("数据库中没有单位 999 的 2023 年度报告。现有：105/2023\n", r.err());
        CliRun p = CliRun.of("narrative", "--unit", "105", "--year", "2023", "--db", db, "--profile", "beijing");
        assertEquals(2, p.status());
        assertEquals("没有名为 beijing 的文字格式。可用：chongqing，mof\n", p.err());
        assertEquals(2, CliRun.of("narrative", "--unit", "105").status(), "a missing --year is a usage error");
    }

    @Test
    void auditPrintsTheFindingsAndFailsOnErrors() {
        String db = dir.resolve("a").toString();
        CliRun r = CliRun.of("audit", "--unit", "105", "--year", "2023", "--db", db);
        assertEquals(0, r.status(), "the demo has 提示 only");
        assertTrue(r.out().startsWith("[提示] N-5 同一段主要原因在 2 处逐字重复"), r.out());
        assertTrue(r.out().endsWith("审核结果：0 个错误，1 个提示（其中 1 个未写出错说明）。还不能定稿：需改正全部错误，并为每个提示写明出错说明。\n"));
        try (Workspace ws = Workspace.open(dir.resolve("a"))) {
            long id = ws.store().list().get(0).reportId();
            ws.store().setAmount(id, "op.opex", new java.math.BigDecimal("500000.00"));
        }
        CliRun broken = CliRun.of("audit", "--unit", "105", "--year", "2023", "--db", db);
        assertEquals(1, broken.status());
        assertTrue(broken.out().contains("[错误] X-11 机关运行经费 50.00 万元 大于 公用经费合计 42.54 万元，超出 7.46 万元（机关运行经费与基本支出决算表）\n"));
    }

    @Test
    void auditOfATextPastedAsPeopleWriteItFindsNoError() throws Exception {
        // the demo's text rewritten by hand (fewer decimals, separators, amounts after the names), stored as a report
        // file, loaded and audited as the launcher does
        for (String profile : java.util.List.of("chongqing", "mof")) {
            java.nio.file.Path file = dir.resolve("human-" + profile + ".json");
            java.nio.file.Files.writeString(file, juesuan.exchange.ReportJson.write(juesuan.audit.HumanText.pasted(profile)));
            String db = dir.resolve("h-" + profile).toString();
            CliRun loaded = CliRun.of("import", file.toString(), "--db", db);
            assertEquals(0, loaded.status(), loaded.err());
            CliRun r = CliRun.of("audit", "--unit", "105", "--year", "2023", "--db", db);
            assertEquals(0, r.status(), r.out());
            assertTrue(r.out().contains("审核结果：0 个错误"), r.out());
        }
    }

    @Test
    void listShowsUnitsAndYears() {
        CliRun r = CliRun.of("list", "--db", dir.resolve("l").toString());
        assertEquals("105\t2023\t重庆市江津区政务服务管理办公室（本级）\n", r.out());
    }
}

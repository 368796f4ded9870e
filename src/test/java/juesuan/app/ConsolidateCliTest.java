package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import juesuan.consolidation.Members;
import juesuan.exchange.ReportJson;
import juesuan.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code juesuan import}, {@code tree} and {@code consolidate} as the department's officer runs them. */
class ConsolidateCliTest {
    @TempDir
    Path dir;

    private Path file(Report r) throws Exception {
        Path f = dir.resolve(r.unit().getCode() + ".json");
        Files.writeString(f, ReportJson.write(r), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void loadTheMembersSeeTheTreeConsolidateCheckAndAudit() throws Exception {
        String db = dir.resolve("dept").toString();
        CliRun load = CliRun.of("import", file(Members.self("50000")).toString(), file(Members.subsidised()).toString(),
                file(Members.remitting()).toString(), "--db", db);
        assertEquals(0, load.status(), load.err());
        assertEquals(1, backups(dir, "before-load"), "one backup for the three files");

        CliRun tree = CliRun.of("tree", "--year", "2023", "--db", db);
        assertEquals(0, tree.status(), tree.err());
        assertTrue(tree.out().startsWith("HZ901\t测试局\t\t未汇总"), tree.out());
        assertTrue(tree.out().contains("  901001\t测试局（本级）\t本级\t已装入"), tree.out());

        CliRun sum = CliRun.of("consolidate", "--year", "2023", "--node", "HZ901", "--db", db);
        assertEquals(0, sum.status(), sum.err());
        assertTrue(sum.out().contains("成员单位 3 个"), sum.out());
        assertEquals(0, backups(dir, "before-consolidate"), "a first 汇总 overwrites nothing: no backup");
        assertTrue(sum.out().contains("上缴上级支出与附属单位上缴收入，科目 2010302：付出 5.00，收到 5.00，抵销 5.00"), sum.out());
        assertTrue(sum.out().contains("对附属单位补助支出与上级补助收入，科目 2010301：付出 10.00，收到 10.00，抵销 10.00"), sum.out());

        assertEquals(0, CliRun.of("consolidate", "--year", "2023", "--node", "HZ901", "--check", "--db", db).status());
        Report changed = Members.remitting();
        changed.table("T2").set(Members.Y, "other", Members.yuan("60000"));
        changed.table("T3").set(Members.Y, "project", Members.yuan("1760000"));
        assertEquals(0, CliRun.of("import", file(changed).toString(), "--replace", "--db", db).status());
        CliRun check = CliRun.of("consolidate", "--year", "2023", "--node", "HZ901", "--check", "--db", db);
        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("901003"), check.out());

        assertEquals(0, CliRun.of("consolidate", "--year", "2023", "--node", "HZ901", "--db", db).status());
        assertEquals(1, backups(dir, "before-consolidate"), "summing again replaces the stored 汇总: a backup first");
        CliRun audit = CliRun.of("audit", "--unit", "HZ901", "--year", "2023", "--db", db);
        assertTrue(audit.out().contains("审核结果"), audit.out() + audit.err());
        assertTrue(!audit.out().contains("T1-"), "the sums hold: " + audit.out());

        CliRun bad = CliRun.of("tree", "--year", "2023", "--move", "HZ901", "--parent", "901002", "--db", db);
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("不能放在它自己或它的下级之下"), bad.err());
    }

    private static long backups(Path dir, String occasion) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(occasion)).count();
        }
    }
}

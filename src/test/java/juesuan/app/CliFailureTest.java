package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.reliability.HoldDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure a command can meet ends with one Chinese sentence on stderr, no stack trace, exit status 2 — and
 * the commands that only read never change the database file.
 */
class CliFailureTest {
    @TempDir
    Path dir;



    /** Runs a command in a process of its own, as the launcher does (a failed H2 open is not shared with later runs). */
    private static CliRun runApart(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "juesuan.app.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        int status = p.waitFor();
        return new CliRun(status, new String(out, java.nio.charset.StandardCharsets.UTF_8),
                new String(err, java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.startsWith("SLF4J") && !l.startsWith("WARNING")).reduce("", (x, y) -> x + y + "\n"));
    }

    /** Exit 2, the expected Chinese sentence on stderr, nothing of a stack trace or a library's English. */
    private static void failsWith(CliRun r, String expected) {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("SQL")
                || r.err().contains("org."), r.err());
        assertTrue(r.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), r.err());
    }

    private static List<String[]> everyCommand(String db, Path out, Path file) {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"list", "--db", db});
        all.add(new String[] {"narrative", "--unit", "105", "--year", "2023", "--db", db});
        all.add(new String[] {"audit", "--unit", "105", "--year", "2023", "--db", db});
        all.add(new String[] {"render", "--unit", "105", "--year", "2023", "--format", "pdf", "--out", out.toString(), "--db", db});
        all.add(new String[] {"import", file.toString(), "--replace", "--db", db});
        return all;
    }

    private Path reportFile(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    @Test
    void aDatabaseInUseByAnotherWindow() throws Exception {
        Path db = dir.resolve("inuse/juesuan");
        Process holder = HoldDatabase.start(db);
        try {
            Path file = reportFile("r.json", ReportJson.write(DemoReport.create()));
            for (String[] args : everyCommand(db.toString(), dir.resolve("x.pdf"), file)) {
                if (args[0].equals("import")) {
                    // a command that writes waits for the window: it says so, and what to do
                    failsWith(CliRun.of(args), "正被另一个决算公开助手窗口");
                } else {
                    // a command that only reads reads what the window last saved, and says so
                    CliRun r = CliRun.of(args);
                    assertEquals(0, r.status(), String.join(" ", args) + ": " + r.err());
                    assertTrue(r.err().contains("正在使用数据库") && r.err().contains("最近一次保存"), r.err());
                }
            }
            assertTrue(CliRun.of("list", "--db", db.toString()).out().contains("105"));
            assertTrue(Files.exists(dir.resolve("x.pdf")), "rendered from the saved state while the window has the file");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aFolderThatCannotBeWritten() throws Exception {
        Path sys = juesuan.reliability.Disks.unwritableFolder();
        failsWith(CliRun.of("list", "--db", sys.resolve("juesuan").toString()), "无法写入文件夹");
        Path demoDb = dir.resolve("ok/juesuan");
        CliRun.of("list", "--db", demoDb.toString());
        failsWith(CliRun.of("render", "--unit", "105", "--year", "2023", "--format", "pdf", "--out", sys.resolve("a.pdf").toString(),
                "--db", demoDb.toString()), "无法写入文件夹");
    }

    @Test
    void aFullDisk() throws Exception {
        // each command in a process of its own: in one JVM, H2 keeps a database that failed to write for the next open
        try (juesuan.reliability.Disks.SmallDisk disk = new juesuan.reliability.Disks.SmallDisk(dir.resolve("small"))) {
            Path mnt = disk.path();
            Path db = mnt.resolve("juesuan");
            assertEquals(0, runApart("list", "--db", db.toString()).status());
            disk.fill();
            failsWith(runApart("render", "--unit", "105", "--year", "2023", "--format", "pdf", "--out", mnt.resolve("a.pdf").toString(),
                    "--db", db.toString()), "磁盘已满");
            assertFalse(Files.exists(mnt.resolve("a.pdf")), "nothing under the final name");
            Path file = reportFile("full.json", ReportJson.write(DemoReport.create()).replace("重庆市江津区", "某区"));
            failsWith(runApart("import", file.toString(), "--replace", "--db", db.toString()), "磁盘已满");
            disk.free();
            CliRun ok = runApart("narrative", "--unit", "105", "--year", "2023", "--db", db.toString());
            assertEquals(0, ok.status(), ok.err());
            assertTrue(ok.out().contains("重庆市江津区"), "the failed import changed nothing");
        }
    }

    @Test
    void aDamagedFileIsReadFromTheHistoryWithoutTouchingIt() throws Exception {
        Path db = dir.resolve("d/juesuan");
        assertEquals(0, CliRun.of("list", "--db", db.toString()).status());
        Path mv = dir.resolve("d/juesuan.mv.db");
        byte[] all = Files.readAllBytes(mv);
        Files.write(mv, java.util.Arrays.copyOf(all, all.length / 10));
        byte[] damaged = Files.readAllBytes(mv);
        CliRun r = CliRun.of("list", "--db", db.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("105\t2023\t重庆市江津区政务服务管理办公室（本级）\n", r.out());
        assertTrue(r.err().contains("已损坏") && r.err().contains("已从保存记录恢复 1 份报告"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertArrayEquals(damaged, Files.readAllBytes(mv), "reading left the damaged file as it was");

        // without any history the file cannot be recovered: said so, and the file left alone
        Path alone = dir.resolve("alone/juesuan.mv.db");
        Files.createDirectories(alone.getParent());
        Files.write(alone, damaged);
        failsWith(CliRun.of("list", "--db", alone.toString()), "没有找到保存记录");
        assertArrayEquals(damaged, Files.readAllBytes(alone));
    }

    @Test
    void reportFilesThatAreRefused() throws Exception {
        Path db = dir.resolve("r/juesuan");
        assertEquals(0, CliRun.of("list", "--db", db.toString()).status());
        byte[] before = Files.readAllBytes(dir.resolve("r/juesuan.mv.db"));
        String good = ReportJson.write(DemoReport.create());
        failsWith(CliRun.of("import", reportFile("v9.json", good.replace("\"version\" : " + juesuan.exchange.ReportJson.VERSION, "\"version\" : 9")).toString(), "--db", db.toString()),
                "格式版本是 9");
        failsWith(CliRun.of("import", reportFile("dec.json", good.replaceFirst("\"priorFinal\" : \"([0-9.]+)\"", "\"priorFinal\" : \"$11234567\""))
                .toString(), "--db", db.toString()), "小数位过多");
        failsWith(CliRun.of("import", reportFile("big.json", good.replaceFirst("\"priorFinal\" : \"([0-9.]+)\"", "\"priorFinal\" : \"1$1e20\""))
                .toString(), "--db", db.toString()), "超出了可以保存的范围");
        failsWith(CliRun.of("import", reportFile("cut.json", good.substring(0, good.length() / 2)).toString(), "--db", db.toString()),
                "不是 JSON 格式");
        failsWith(CliRun.of("import", dir.resolve("missing.json").toString(), "--db", db.toString()), "找不到文件");
        failsWith(CliRun.of("import", reportFile("y2031.json", good.replace("\"templateYear\" : 2023", "\"templateYear\" : 2031")
                .replace("\"fiscalYear\" : 2023", "\"fiscalYear\" : 2031")).toString(), "--db", db.toString()),
                "没有 2031 年度的报表模板");
        failsWith(CliRun.of("import", reportFile("dup.json", good).toString(), "--db", db.toString()), "已有单位 105 的 2023 年度报告");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("r/juesuan.mv.db")), "no refused file changed the database");
    }

    @Test
    void theReadingCommandsLeaveTheDatabaseAndItsHistoryByteForByte() throws Exception {
        Path db = dir.resolve("ro/juesuan");
        assertEquals(0, CliRun.of("list", "--db", db.toString()).status());
        Path folder = dir.resolve("ro");
        java.util.Map<String, byte[]> before = snapshot(folder);
        assertEquals(0, CliRun.of("list", "--db", db.toString()).status());
        assertEquals(0, CliRun.of("narrative", "--unit", "105", "--year", "2023", "--db", db.toString()).status());
        assertEquals(0, CliRun.of("audit", "--unit", "105", "--year", "2023", "--db", db.toString()).status());
        assertEquals(0, CliRun.of("render", "--unit", "105", "--year", "2023", "--format", "pdf", "--out",
                dir.resolve("out.pdf").toString(), "--db", db.toString()).status());
        java.util.Map<String, byte[]> after = snapshot(folder);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    private static java.util.Map<String, byte[]> snapshot(Path folder) throws Exception {
        java.util.Map<String, byte[]> m = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}

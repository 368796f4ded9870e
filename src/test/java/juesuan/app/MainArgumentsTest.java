package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void theDesktopsFileArgumentsAreTheExistingPackagesAndReportFilesNotOptionValues() throws Exception {
        Path pkg = Files.writeString(dir.resolve("105_2023_单位.jsgk"), "x");
        Path json = Files.writeString(dir.resolve("报表.JSON"), "{}");
        Path other = Files.writeString(dir.resolve("notes.txt"), "x");
        Path db = Files.writeString(dir.resolve("db.json"), "{}");
        assertEquals(List.of(pkg.toAbsolutePath(), json.toAbsolutePath()), Main.filesToOpen(new String[] {
                "--db", db.toString(), pkg.toString(), other.toString(), json.toString(), dir.resolve("gone.jsgk").toString()}));
        assertEquals(List.of(), Main.filesToOpen(new String[] {"--db", "x"}));
    }

    @Test
    void aCommandAnywhereAmongTheOptionsIsRunNotTheWindow() throws Exception {
        assertArrayEquals(new String[] {"audit", "--db", "F", "--unit", "105", "--year", "2023"},
                juesuan.app.cli.Cli.commandFirst(new String[] {"--db", "F", "audit", "--unit", "105", "--year", "2023"}));
        assertArrayEquals(new String[] {"list", "--db", "F"}, juesuan.app.cli.Cli.commandFirst(new String[] {"list", "--db", "F"}));
        assertArrayEquals(new String[] {"--version"}, juesuan.app.cli.Cli.commandFirst(new String[] {"--version"}));
        assertNull(juesuan.app.cli.Cli.commandFirst(new String[] {"--db", "F"}), "the window");
        assertNull(juesuan.app.cli.Cli.commandFirst(new String[0]), "the window");
        // every command picocli knows is one the launcher recognises
        java.util.Set<String> known = new picocli.CommandLine(new juesuan.app.cli.JuesuanCommand()).getSubcommands().keySet();
        assertEquals(known, juesuan.app.cli.Cli.COMMANDS);
        // and run that way, with the options in another order
        Path db = dir.resolve("x/juesuan");
        CliRun r = CliRun.of(juesuan.app.cli.Cli.commandFirst(new String[] {"--db", db.toString(), "audit", "--year", "2023", "--unit", "105"}));
        assertTrue(r.out().contains("审核"), r.out() + r.err());
    }

    @Test
    void aDatabaseMadeToReceivePackagesHasNoDemoUnitAndAFileOfAnotherKindIsSaidToBeSo() throws Exception {
        Path db = dir.resolve("receive/juesuan");
        juesuan.model.Report unit = juesuan.exchange.DemoReport.create();
        unit.unit().setCode("201");
        Path file = Files.writeString(dir.resolve("201.json"), juesuan.exchange.ReportJson.write(unit));
        assertEquals(0, CliRun.of("import", file.toString(), "--db", db.toString()).status());
        CliRun list = CliRun.of("list", "--db", db.toString());
        assertTrue(list.out().contains("201") && !list.out().contains("105"), list.out());
        // a document renamed .jsgk, and a picture: each told for what it is, not as broken JSON
        Path renamed = Files.write(dir.resolve("201_2023.jsgk"), "%PDF-1.7 something".getBytes());
        CliRun r = CliRun.of("import", renamed.toString(), "--db", db.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("这不是决算公开助手的交接包") && !r.err().contains("JSON"), r.err());
        Path picture = Files.write(dir.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});
        CliRun p = CliRun.of("import", picture.toString(), "--db", db.toString());
        assertTrue(p.err().contains("不是决算公开助手的交接包（.jsgk）或报告文件（.json）"), p.err());
    }
}

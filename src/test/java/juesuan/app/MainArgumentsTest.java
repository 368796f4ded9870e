package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import juesuan.store.ReportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastReportTest {
    @TempDir
    Path dir;

    private static final List<ReportSummary> REPORTS = List.of(new ReportSummary(1, "105", "甲", 2023, 1, 2023),
            new ReportSummary(2, "105", "甲", 2024, 1, 2024), new ReportSummary(3, "900", "乙", 2023, 1, 2023));

    @Test
    void theReportOpenLastOpensAgainPerDatabaseFile() {
        Path a = dir.resolve("juesuan");
        Path b = dir.resolve("other");
        assertEquals(1, LastReport.choose(a, REPORTS).orElseThrow().reportId(), "nothing kept: the first");
        LastReport.write(a, "900", 2023);
        LastReport.write(b, "105", 2024);
        assertEquals(3, LastReport.choose(a, REPORTS).orElseThrow().reportId());
        assertEquals(2, LastReport.choose(b, REPORTS).orElseThrow().reportId(), "each database keeps its own");
        assertEquals(Optional.empty(), LastReport.choose(a, List.of()));
    }

    @Test
    void aReportThatIsGoneOrADamagedFileFallsBackToTheFirst() throws Exception {
        Path db = dir.resolve("juesuan");
        LastReport.write(db, "777", 2020);
        assertEquals(1, LastReport.choose(db, REPORTS).orElseThrow().reportId());
        Files.write(LastReport.file(db), new byte[] {(byte) 0xff, 0, (byte) 0xfe, '\\', 'u', 'z'});
        assertEquals(1, LastReport.choose(db, REPORTS).orElseThrow().reportId());
    }
}

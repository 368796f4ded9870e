package juesuan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import juesuan.exchange.DemoReport;
import juesuan.failure.UserFailure;
import juesuan.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportHistoryTest {
    @TempDir
    Path dir;

    @Test
    void versionsAreSavedReadBackAndCheckedByDigest() throws Exception {
        ReportHistory h = ReportHistory.of(dir.resolve("juesuan.mv.db"));
        assertEquals(dir.resolve("juesuan-history"), h.folder());
        assertTrue(h.isEmpty());
        Report r = DemoReport.create();
        h.save(r, 1, Map.of("table_cell", 70), "");
        r.setAmount("op.opex", new BigDecimal("123.45"));
        Version v2 = h.save(r, 2, Map.of("table_cell", 70), "");
        assertEquals(2, h.versions("105", 2023).size());
        assertEquals(v2, h.newest("105", 2023).orElseThrow());
        assertEquals(new BigDecimal("123.45"), h.read(v2).amount("op.opex"));
        // an unchanged report moves the newest version forward instead of adding a file
        h.save(r, 3, Map.of("table_cell", 70), "");
        assertEquals(2, h.versions("105", 2023).size());
        assertEquals(3, h.newest("105", 2023).orElseThrow().revision());
        // a damaged file is refused, and the one before it is used
        Path f = h.folder().resolve("105_2023").resolve(h.newest("105", 2023).orElseThrow().file());
        Files.writeString(f, "{}");
        assertThrows(UserFailure.class, () -> h.read(h.newest("105", 2023).orElseThrow()));
        assertEquals(1, h.newestReadable("105", 2023).orElseThrow().getKey().revision());
    }

    @Test
    void aLostManifestIsRebuiltFromTheFiles() throws Exception {
        ReportHistory h = ReportHistory.of(dir.resolve("juesuan.mv.db"));
        h.save(DemoReport.create(), 5, Map.of(), "");
        Files.delete(h.folder().resolve("105_2023").resolve("manifest.json"));
        assertEquals(5, h.newest("105", 2023).orElseThrow().revision());
        Files.writeString(h.folder().resolve("105_2023").resolve("manifest.json"), "not json");
        assertEquals(5, h.newest("105", 2023).orElseThrow().revision());
    }

    @Test
    void retentionKeepsRecentThenHourlyThenDaily() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        List<Version> all = new ArrayList<>();
        // one version every 10 minutes for 10 days, newest first
        for (int i = 0; i < 6 * 24 * 10; i++) {
            all.add(new Version("1", 2023, 10_000 - i, now.minus(Duration.ofMinutes(10L * i)), "d" + i, "f" + i, 1000, Map.of(), ""));
        }
        List<Version> kept = ReportHistory.retain(all, now);
        assertEquals(all.subList(0, ReportHistory.RECENT), kept.subList(0, ReportHistory.RECENT));
        long hourly = kept.stream().filter(v -> Duration.between(v.time(), now).toHours() < 48).count();
        long daily = kept.stream().filter(v -> Duration.between(v.time(), now).toHours() >= 48).count();
        assertTrue(hourly <= ReportHistory.RECENT + 48 && hourly >= 48, "hourly " + hourly);
        assertTrue(daily >= 7 && daily <= 9, "daily " + daily);
        assertTrue(kept.size() < 100);
    }

    @Test
    void unitCodesBecomeSafeFolderNames() {
        assertEquals("105", ReportHistory.safe("105"));
        assertEquals("a_2fb_5c_2e", ReportHistory.safe("a/b\\."));
        assertEquals("_5355_4f4d", ReportHistory.safe("单位"));
    }
}

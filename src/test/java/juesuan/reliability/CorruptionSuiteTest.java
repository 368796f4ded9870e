package juesuan.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corruption suite on a database of 200 reports: every damage ends with all 200 intact. */
class CorruptionSuiteTest {
    @TempDir
    Path dir;

    @Test
    void everyDamageEndsWithAllReportsIntactAndTheDamagedFileKept() throws Exception {
        CorruptionSuite suite = new CorruptionSuite(dir, 200, System.out);
        suite.prepare();
        List<CorruptionSuite.Outcome> outcomes = suite.run();
        assertEquals(List.of(), outcomes.stream().filter(o -> !o.ok()).map(o -> o.damage() + ": " + o.detail()).toList());
        assertEquals(CorruptionSuite.damages().size() * 2, outcomes.size());
    }
}

package juesuan.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the crash harness in every build (the 1 000-kill run is rerun by hand: docs/RELIABILITY.md): a
 * process saving edits through the app's save path is killed with SIGKILL; nothing acknowledged is lost, nothing
 * is torn, nothing stale opens unnoticed.
 */
class CrashHarnessTest {
    @TempDir
    Path dir;

    @Test
    void killedWhileSavingNothingAcknowledgedIsLost() throws Exception {
        CrashHarness.Totals t = CrashHarness.run(dir, 10, 7L, System.out);
        assertEquals(List.of(), t.problems());
        assertEquals(0, t.lost() + t.torn() + t.staleUnnoticed() + t.openFailures());
        assertTrue(t.killsWhileEditing() >= 3, "most kills land while edits are being saved: " + t.killsWhileEditing());
        assertTrue(t.acknowledged() > 0);
    }
}

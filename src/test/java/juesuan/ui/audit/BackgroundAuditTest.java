package juesuan.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import juesuan.model.Money;
import juesuan.ui.SessionFixture;
import juesuan.ui.tables.TableSheetModel;
import juesuan.ui.sheet.SheetViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 审核 after an edit runs in the background on a copy; edits made meanwhile are audited after it, newest last. */
class BackgroundAuditTest {
    @TempDir
    Path dir;

    @Test
    void editsWhileAnAuditRunsEndOnTheFindingsOfTheNewestData() {
        try (SessionFixture f = new SessionFixture(dir)) {
            Deque<Runnable> queued = new ArrayDeque<>(); // the background thread, run by hand
            AuditViewModel vm = new AuditViewModel(f.session, queued::add);
            int[] told = {0};
            vm.addListener(() -> told[0]++);
            assertEquals(1, vm.findings().size(), "the demo's one 提示, audited at once when opened");
            assertTrue(vm.isCurrent());

            SheetViewModel t1 = new SheetViewModel(new TableSheetModel(f.session, "T1"), f.session);
            assertTrue(t1.select("in.carry", "amount"));
            assertTrue(t1.commit(t1.focusRow(), t1.focusCol(), "10"));
            vm.changed();
            assertFalse(vm.isCurrent(), "the edit's audit is on its way");
            assertEquals(1, vm.findings().size(), "meanwhile the last findings stay");
            assertTrue(vm.summary().contains("正在按最新数据重新审核"), vm.summary());
            assertEquals(1, queued.size());

            // typed again before the first audit finished: nothing more is started now
            assertTrue(t1.commit(t1.focusRow(), t1.focusCol(), "20"));
            vm.changed();
            assertEquals(1, queued.size());

            queued.poll().run(); // the first audit (of 10) ends, and the newest (20) is started
            assertEquals(1, told[0]);
            assertFalse(vm.isCurrent());
            assertTrue(vm.findings().stream().anyMatch(x -> x.message().contains("相差 10.00 万元")), vm.findings().toString());
            assertEquals(1, queued.size());
            queued.poll().run();
            assertTrue(vm.isCurrent());
            assertEquals(2, told[0]);
            assertTrue(vm.findings().stream().anyMatch(x -> x.message().contains("相差 20.00 万元")), vm.findings().toString());
            assertEquals(Money.wanToYuan(new java.math.BigDecimal("20")), f.session.report().table("T1").get("in.carry", "amount"));
        }
    }
}

package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import juesuan.history.ReportHistory;
import juesuan.ui.backup.BackupViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 备份与恢复 without the FX thread: versions listed, a restore stored, and undone. */
class BackupViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anOlderVersionIsRestoredAsOneUndoableEdit() {
        try (SessionFixture f = new SessionFixture(dir)) {
            long id = f.session.reportId();
            BigDecimal original = f.stored().amount("op.opex");
            f.session.report().setAmount("op.opex", new BigDecimal("1.00"));
            f.session.changed();
            f.session.persist(s -> s.setAmount(id, "op.opex", new BigDecimal("1.00")));
            f.session.report().setAmount("op.opex", new BigDecimal("2.00"));
            f.session.changed();
            f.session.persist(s -> s.setAmount(id, "op.opex", new BigDecimal("2.00")));

            BackupViewModel vm = new BackupViewModel(f.session);
            List<BackupViewModel.Row> rows = vm.versions();
            assertEquals(3, rows.size(), "the demo as created, then two saves");
            assertTrue(rows.get(0).current());
            BackupViewModel.Row first = rows.get(2);
            assertEquals(0, original.compareTo(f.workspace.history().read(first.version()).amount("op.opex")));

            String said = vm.restore(first);
            assertTrue(said.startsWith("已恢复到 "), said);
            assertEquals(0, original.compareTo(f.stored().amount("op.opex")));
            assertEquals(0, original.compareTo(f.session.report().amount("op.opex")));
            assertEquals(first.version().digest(), ReportHistory.digest(f.stored()));
            assertTrue(vm.versions().get(0).current(), "the restored state is the newest version");

            f.session.history().undo();
            assertEquals(new BigDecimal("2.00"), f.stored().amount("op.opex"));
            assertEquals(new BigDecimal("2.00"), f.session.report().amount("op.opex"));
        }
    }

    @Test
    void eachSavedVersionSaysWhatItHolds() {
        try (SessionFixture f = new SessionFixture(dir)) {
            juesuan.ui.sheet.SheetViewModel t3 = new juesuan.ui.sheet.SheetViewModel(new juesuan.ui.tables.TableSheetModel(f.session, "T3"), f.session);
            t3.select("2010302", "basic");
            t3.commit(t3.focusRow(), t3.focusCol(), "3");
            List<BackupViewModel.Row> rows = new BackupViewModel(f.session).versions();
            assertEquals("修改 支出决算表：一般行政管理事务（2010302） · 基本支出", rows.get(0).note());
            f.session.undo();
            assertTrue(new BackupViewModel(f.session).versions().get(0).note().startsWith("已撤销：修改 支出决算表"),
                    new BackupViewModel(f.session).versions().get(0).note());
        }
    }
}

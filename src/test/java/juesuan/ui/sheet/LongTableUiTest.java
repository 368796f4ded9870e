package juesuan.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import juesuan.ui.SessionFixture;
import juesuan.ui.tables.TableTab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A table of every 项 of the catalog (410 rows in 2023): the grid makes nodes only for the rows on screen, and shows any row it is taken to. */
class LongTableUiTest {
    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Every 项 of the catalog as a row of 公开03表 (with its 类 and 款: the longest table a unit can have). */
    static void fillEveryCode(SessionFixture f) {
        var report = f.session.report();
        var template = f.session.template();
        java.math.BigDecimal yuan = new java.math.BigDecimal("12345.67");
        for (var e : template.functions().all()) {
            if (e.level() == 3) {
                report.table("T3").addRow(e.code());
                report.table("T3").set(e.code(), "basic", yuan);
            }
        }
        f.session.changed();
    }

    @Test
    void aTableOfEveryCodeHasNodesOnlyForWhatIsOnScreen() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            fillEveryCode(f);
            FxToolkit.registerPrimaryStage();
            TableTab[] tab = new TableTab[1];
            FxToolkit.setupStage(s -> {
                tab[0] = new TableTab(f.session, "T3");
                s.setScene(new javafx.scene.Scene(tab[0], 1366, 768));
                s.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            SheetView sheet = (SheetView) tab[0].lookup("#sheet-T3");
            int rows = sheet.viewModel().rowCount();
            assertTrue(rows > 400, "rows: " + rows);
            assertTrue(sheet.realizedRows() < 60, "nodes for " + sheet.realizedRows() + " of " + rows + " rows");

            // taken to the last row: it is on screen with its figures, and still only a screenful has nodes
            WaitForAsyncUtils.asyncFx(() -> sheet.viewModel().select(rows - 1, 2)).get();
            WaitForAsyncUtils.waitForFxEvents();
            String lastCode = sheet.viewModel().rowKey(rows - 1);
            assertEquals(lastCode, sheet.cell(rows - 1, 0).getText());
            assertTrue(sheet.cell(rows - 1, 0).isVisible());
            assertTrue(sheet.realizedRows() < 80, "after scrolling: " + sheet.realizedRows());
            int basic = -1;
            for (int c = 0; c < sheet.viewModel().columnCount(); c++) {
                if (sheet.viewModel().columnKey(c).equals("basic")) {
                    basic = c;
                }
            }
            assertEquals("1.23", sheet.cell(rows - 1, basic).getText(), "12 345.67 元 shown in 万元");
        }
    }
}

package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import juesuan.app.Workspace;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.ui.sheet.SheetView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real application, driven through the keyboard and mouse (headless through Monocle). */
class AppUiTest extends RunningAppTest {

    private Report stored() {
        try (Workspace ws = Workspace.open(db())) {
            return ws.store().find("105", 2023).orElseThrow();
        }
    }

    private static BigDecimal wan(String v) {
        return Money.wanToYuan(new BigDecimal(v));
    }

    private SheetView sheet(MainWindow window, String table) {
        interact(() -> window.select(table));
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#sheet-" + table).query();
    }

    private void clickCell(SheetView sheet, String row, String column) {
        interact(() -> sheet.viewModel().select(row, column));
        WaitForAsyncUtils.waitForFxEvents();
        Label cell = sheet.cell(sheet.viewModel().focusRow(), sheet.viewModel().focusCol());
        clickOn(cell);
    }

    @Test
    void editsOfATableCellAndATextFieldSurviveARestart() throws Exception {
        MainWindow window = startApp();
        SheetView t3 = sheet(window, "T3");
        clickCell(t3, "2010301", "basic");
        write("300").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("300.00", t3.cell(rowOf(t3, "2010301"), colOf(t3, "basic")).getText());
        assertEquals("366.87", t3.cell(rowOf(t3, "total"), colOf(t3, "basic")).getText(), "合计 follows at once");

        interact(() -> lookup(".main-window").queryAs(MainWindow.class).select("unit"));
        TextField person = lookup("#unit-contact_person").query();
        interact(person::requestFocus);
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("王小明");
        TextField phone = lookup("#unit-contact_phone").query();
        interact(phone::requestFocus); // leaving the field commits it
        WaitForAsyncUtils.waitForFxEvents();
        stopApp();

        Report r = stored();
        assertEquals(wan("300"), r.table("T3").get("2010301", "basic"));
        assertEquals("王小明", r.unit().getContactPerson());

        window = startApp();
        t3 = sheet(window, "T3");
        assertEquals("300.00", t3.cell(rowOf(t3, "2010301"), colOf(t3, "basic")).getText());
        interact(() -> lookup(".main-window").queryAs(MainWindow.class).select("unit"));
        assertEquals("王小明", lookup("#unit-contact_person").queryAs(TextField.class).getText());
    }

    @Test
    void aBlockPastedFromTheClipboardIsUndoneInOneStep() throws Exception {
        MainWindow window = startApp();
        SheetView t3 = sheet(window, "T3");
        clickCell(t3, "2010301", "basic");
        interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("1\t2\n3\t4\n5\t6\n");
            Clipboard.getSystemClipboard().setContent(c);
        });
        press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[][] pasted = {{"2010301", "1.00", "2.00"}, {"2010302", "3.00", "4.00"}, {"2010306", "5.00", "6.00"}};
        for (String[] p : pasted) {
            assertEquals(p[1], t3.cell(rowOf(t3, p[0]), colOf(t3, "basic")).getText());
            assertEquals(p[2], t3.cell(rowOf(t3, p[0]), colOf(t3, "project")).getText());
        }
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[][] restored = {{"2010301", "207.77", ""}, {"2010302", "", "175.00"}, {"2010306", "", "1,013.68"}};
        for (String[] p : restored) {
            assertEquals(p[1], t3.cell(rowOf(t3, p[0]), colOf(t3, "basic")).getText());
            assertEquals(p[2], t3.cell(rowOf(t3, p[0]), colOf(t3, "project")).getText());
        }
        stopApp();
        Report r = stored();
        assertEquals(wan("207.77"), r.table("T3").get("2010301", "basic"));
        assertNull(r.table("T3").get("2010301", "project"));
        assertEquals(wan("1013.68"), r.table("T3").get("2010306", "project"));
    }

    @Test
    void typingTextIntoANumberCellShowsTheMessageAndKeepsTheValue() throws Exception {
        MainWindow window = startApp();
        SheetView t3 = sheet(window, "T3");
        clickCell(t3, "2010301", "basic");
        write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(t3.isEditing(), "the editor stays open on the refused value: " + window.session().statusProperty().get());
        Label bubble = from(t3).lookup(".sheet-error-bubble").query();
        assertTrue(bubble.isVisible());
        assertEquals("支出决算表：行政运行（2010301） · 基本支出：“abc”不是金额，请输入数字（单位：万元）。原值未改变", bubble.getText());
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("207.77", t3.cell(rowOf(t3, "2010301"), colOf(t3, "basic")).getText());
        // too many decimals and too large are refused the same way, at the cell
        for (String[] bad : new String[][] {{"1.1234567", "超过了分的精度"}, {"1000000000", "过大，请确认单位是万元"}}) {
            clickCell(t3, "2010301", "basic");
            write(bad[0]).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            Label b = from(t3).lookup(".sheet-error-bubble").query();
            assertTrue(b.isVisible() && b.getText().contains(bad[1]) && b.getText().endsWith("原值未改变"), b.getText());
            type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        stopApp();
        assertEquals(wan("207.77"), stored().table("T3").get("2010301", "basic"));
    }

    @Test
    void everyTabShowsItsSection() throws Exception {
        MainWindow window = startApp();
        assertEquals(18, window.sectionKeys().size());
        assertEquals(5, window.tabs().getTabs().size(), "单位情况 · 公开表 · 补充信息 · 情况说明 · 预览");
        for (String key : window.sectionKeys()) {
            if ("preview".equals(key)) {
                continue; // its own test
            }
            interact(() -> window.select(key));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(key, window.selectedKey());
            assertTrue(window.content(key).isVisible() && window.content(key).getScene() != null, key);
        }
        SheetView t6 = sheet(window, "T6");
        assertEquals("232.10", t6.cell(rowOf(t6, "personnel"), colOf(t6, "amount")).getText());
        SheetView t7 = sheet(window, "T7");
        assertEquals("0.44", t7.cell(rowOf(t7, "total"), colOf(t7, "actual")).getText());
    }

    @Test
    void theNarrativeTabShowsTheTextTakesReasonsAndLeadsToTheCell() throws Exception {
        MainWindow window = startApp();
        interact(() -> window.select("narrative"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea reason = (javafx.scene.control.TextArea) MainWindow.find(window, "reason-op.meeting-prior");
        interact(() -> {
            reason.requestFocus();
            reason.setText("会议次数减少");
        });
        interact(() -> window.lookup("#narrative-profile").requestFocus()); // leaving the field stores it
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("会议次数减少", window.session().report().reason("op.meeting", juesuan.model.Basis.PRIOR));
        javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) ((javafx.scene.layout.VBox) MainWindow.find(window, "paragraph-4.1.2"))
                .getChildren().get(0);
        StringBuilder text = new StringBuilder();
        for (javafx.scene.Node n : flow.getChildren()) {
            text.append(n instanceof javafx.scene.text.Text t ? t.getText() : ((javafx.scene.control.Hyperlink) n).getText());
        }
        assertEquals("本年度会议费支出0.84万元，较上年决算数减少1.54万元，下降64.71%，主要原因是会议次数减少。", text.toString());

        javafx.scene.control.Hyperlink total = (javafx.scene.control.Hyperlink) ((javafx.scene.layout.VBox) MainWindow.find(window, "paragraph-2.1.1"))
                .getChildren().get(0).lookupAll(".figure-link").iterator().next();
        assertEquals("1463.32", total.getText());
        interact(total::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T1", window.selectedKey());
        SheetView t1 = lookup("#sheet-T1").query();
        assertEquals("in.grand", t1.viewModel().rowKey(t1.viewModel().focusRow()));
        stopApp();
        assertEquals("会议次数减少", stored().reason("op.meeting", juesuan.model.Basis.PRIOR));
    }

    @Test
    void aBrokenTotalShowsInTheAuditPanelLeadsToTheCellAndGoesAwayWhenFixed() throws Exception {
        MainWindow window = startApp();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<juesuan.audit.Finding> findings = lookup("#audit-table").query();
        assertEquals(1, findings.getItems().size(), "the demo's one 提示");
        SheetView t1 = sheet(window, "T1");
        clickCell(t1, "in.carry", "amount");
        write("10").type(KeyCode.ENTER);
        awaitAudit(window);
        juesuan.audit.Finding broken = findings.getItems().stream().filter(f -> f.ruleId().equals("T1-5")).findFirst().orElseThrow();
        assertEquals("收入总计 1473.32 万元 与 支出总计 1463.32 万元 不相等，相差 10.00 万元（收入支出决算总表）", broken.message());
        interact(() -> window.select("T3"));
        int row = findings.getItems().indexOf(broken);
        javafx.scene.Node cell = lookup("#audit-table .table-row-cell").nth(row).query();
        doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T1", window.selectedKey());
        assertEquals("out.grand", t1.viewModel().rowKey(t1.viewModel().focusRow()));
        assertEquals("amount", t1.viewModel().columnKey(t1.viewModel().focusCol()));

        interact(() -> t1.viewModel().select("in.carry", "amount"));
        interact(t1::requestFocus);
        type(KeyCode.DELETE);
        awaitAudit(window);
        assertTrue(findings.getItems().stream().noneMatch(f -> f.ruleId().equals("T1-5")));
        assertEquals(1, findings.getItems().size());
    }

    @Test
    void ctrlAndADigitOpensThatTable() throws Exception {
        MainWindow window = startApp();
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> window.select("unit"));
        clickOn("#sections");
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T5", window.selectedKey());
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T1", window.selectedKey());
    }

    @Test
    void thePreviewShowsThePagesAndExports() throws Exception {
        MainWindow window = startApp();
        interact(() -> window.select("preview"));
        juesuan.ui.preview.PreviewView preview =
                (juesuan.ui.preview.PreviewView) window.content("preview");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.image().getImage() != null);
        javafx.scene.control.Label count = lookup("#preview-page").query();
        javafx.scene.control.TextField page = lookup("#preview-page-field").query();
        assertEquals("1", page.getText());
        assertTrue(count.getText().matches("/ \\d+ 页"), count.getText());
        clickOn("#preview-next");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page.getText().equals("2"));
        // a page typed into the field, and the jump list to a table
        clickOn(page).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("5").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.viewModel().pageProperty().get() == 4);
        var outline = preview.viewModel().outline();
        var t5 = outline.stream().filter(e -> e.title().contains("一般公共预算财政拨款支出决算表")).findFirst().orElseThrow();
        javafx.scene.control.ComboBox<juesuan.report.Document.Entry> jump = lookup("#preview-outline").query();
        interact(() -> jump.setValue(t5));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.viewModel().pageProperty().get() == t5.page() - 1);
        // a page that does not exist is said, and the field shows the page on screen again
        clickOn(page).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("999").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#status-message").queryAs(Label.class).getText().contains("没有第 999 页"));
        assertEquals(Integer.toString(t5.page()), page.getText());
        java.io.File out = dir.resolve("export.pdf").toFile();
        javafx.concurrent.Task<Void>[] task = new javafx.concurrent.Task[1];
        interact(() -> task[0] = preview.exportTo(juesuan.report.Document.Format.PDF, out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        assertTrue(out.length() > 10_000, "exported " + out.length());
        byte[] head = java.nio.file.Files.readAllBytes(out.toPath());
        assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aLongReasonOpensWholeInAnEditorOfItsOwnOnF2() throws Exception {
        MainWindow window = startApp();
        SheetView sheet = sheet(window, "comparisons");
        int row = rowOf(sheet, "total.grand");
        int col = colOf(sheet, juesuan.ui.tables.ComparisonSheetModel.REASON_PRIOR);
        String before = window.session().report().reason("total.grand", juesuan.model.Basis.PRIOR);
        assertTrue(before.length() > 20, before);
        interact(() -> sheet.viewModel().select(row, col));
        clickOn(sheet.cell(row, col));
        push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea area = lookup("#sheet-text-editor").query();
        assertEquals(before, area.getText(), "the whole text");
        assertTrue(area.isWrapText());
        interact(() -> area.setText(before + "另外，年中追加了会议经费。"));
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().pendingSaves() == 0);
        assertEquals(before + "另外，年中追加了会议经费。", window.session().report().reason("total.grand", juesuan.model.Basis.PRIOR));
    }

    /** Closes the window as its close box does, and waits until it is gone. */
    private void closeWindow(MainWindow window) throws Exception {
        javafx.stage.Stage stage = (javafx.stage.Stage) window.getScene().getWindow();
        interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    @Test
    void aValueStillInTheEditorWhenTheWindowClosesIsSaved() throws Exception {
        MainWindow window = startApp();
        SheetView t3 = sheet(window, "T3");
        clickCell(t3, "2010302", "basic");
        write("12.34"); // no Enter: the editor is still open
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(t3.isEditing());
        closeWindow(window);
        stopApp();
        assertEquals(wan("12.34"), stored().table("T3").get("2010302", "basic"), "committed before the window went");

        // a value that cannot be taken is not dropped unasked: back to it, or given up on purpose
        window = startApp();
        SheetView again = sheet(window, "T3");
        clickCell(again, "2010302", "basic");
        write("十二");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Stage stage = (javafx.stage.Stage) window.getScene().getWindow();
        // the close handler asks and waits for the answer: fired without waiting for it
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#confirm-dialog").tryQuery().isPresent());
        Label question = lookup("#confirm-dialog .message-text").query();
        assertTrue(question.getText().contains("“十二”不是金额"), question.getText());
        clickOn(lookup(".button").match(n -> n instanceof javafx.scene.control.Button b && "返回修改".equals(b.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the officer went back to the value");
        assertTrue(again.isEditing(), "the refused text is still there to mend");
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#confirm-dialog").tryQuery().isPresent());
        clickOn(lookup(".button").match(n -> n instanceof javafx.scene.control.Button b && "放弃这处输入并关闭".equals(b.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
        stopApp();
        assertEquals(wan("12.34"), stored().table("T3").get("2010302", "basic"), "the stored value is as it was");
    }

    @Test
    void aFieldStillBeingTypedWhenTheWindowClosesIsSaved() throws Exception {
        MainWindow window = startApp();
        interact(() -> window.select("unit"));
        TextField person = lookup("#unit-contact_person").query();
        interact(person::requestFocus);
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("赵出纳");
        closeWindow(window);
        stopApp();
        assertEquals("赵出纳", stored().unit().getContactPerson());
    }

    @Test
    void ctrlAndADigitOpensATableWithTheKeysInItsGrid() throws Exception {
        MainWindow window = startApp();
        interact(() -> window.select("unit"));
        clickOn(lookup("#unit-supervisor").queryAs(Node.class)); // the keys in a field of another section
        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T3", window.selectedKey());
        SheetView t3 = lookup("#sheet-T3").query();
        assertTrue(t3.isFocused(), "focus in the grid, not on " + window.getScene().getFocusOwner());
        // Enter moves in the grid instead of pressing a button somewhere
        int row = t3.viewModel().focusRow();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row + 1, t3.viewModel().focusRow());
    }

    @Test
    void aRefusedValueLeavesTheStatusBarOnceAGoodOneIsSaved() throws Exception {
        MainWindow window = startApp();
        SheetView t3 = sheet(window, "T3");
        clickCell(t3, "2010302", "basic");
        write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.session().statusProperty().get().error());
        type(KeyCode.ESCAPE);
        clickCell(t3, "2010302", "basic");
        write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().pendingSaves() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.session().statusProperty().get().error(), window.session().statusProperty().get().text());
    }

    private static int rowOf(SheetView s, String key) {
        return s.viewModel().rows().indexOf(key);
    }

    private static int colOf(SheetView s, String key) {
        for (int i = 0; i < s.viewModel().columnCount(); i++) {
            if (s.viewModel().columnKey(i).equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** The 审核 runs in the background after an edit: waits until the panel shows the findings of the data as it is. */
    private static void awaitAudit(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.audit().isCurrent()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}

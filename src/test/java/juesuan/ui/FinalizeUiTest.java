package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import juesuan.app.Workspace;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.CheckCode;
import juesuan.exchange.HandoverPackage;
import juesuan.exchange.QrReader;
import juesuan.exchange.ReportJson;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetView;
import juesuan.ui.sheet.SheetViewModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** 定稿 in the window: the demo finalised, every tab refusing edits, the code in the preview, 解除定稿 with a reason. */
class FinalizeUiTest extends RunningAppTest {




    private Report stored() {
        try (Workspace ws = Workspace.open(db(), Workspace.Mode.READ)) {
            return ws.store().find("105", 2023).orElseThrow();
        }
    }

    private String status() {
        return lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void finaliseTheDemoThenEveryTabRefusesEditsAndUnlockingAsksForAReason() throws Exception {
        // the demo unit, with a 出错说明 for each of its 提示 (an officer writes them in the 审核 panel)
        try (Workspace ws = Workspace.open(db())) {
            Report r = ws.store().find("105", 2023).orElseThrow();
            Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).unexplained(r)
                    .forEach(f -> ws.store().setExplanation(r.getId(), f.key(), "已核对，数据无误。"));
        }
        MainWindow window = startApp();
        Label banner = lookup("#final-banner").query();
        assertFalse(banner.isVisible());

        // 定稿
        menu(window, "#handover-finalize");
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl name = lookup("#final-name").query();
        interact(() -> name.setText(""));
        assertTrue(lookup("#handover-ok").query().isDisabled(), "no 定稿 without a name");
        clickOn(name).write("张会计");
        clickOn("#handover-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, banner::isVisible);
        Report finalised = stored();
        assertTrue(finalised.isFinal());
        String code = CheckCode.of(CheckCode.digest(finalised));
        assertTrue(banner.getText().contains("第 1 版") && banner.getText().contains(code), banner.getText());
        byte[] before = ReportJson.canonical(finalised);

        // every tab refuses edits with a message, and nothing changes
        for (String key : window.sectionKeys()) {
            if ("preview".equals(key)) {
                continue;
            }
            interact(() -> window.select(key));
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> window.handoverMenu().control().getScene().getRoot().requestFocus());
            interact(() -> window.session().say(""));
            Node content = window.content(key);
            SheetView sheet = content.lookup(".sheet") instanceof SheetView s ? s : null;
            if (sheet != null) {
                SheetViewModel vm = sheet.viewModel();
                int[] cell = firstInput(vm);
                interact(() -> vm.select(cell[0], cell[1], false));
                clickOn(sheet.cell(cell[0], cell[1]));
                write("5");
            } else {
                // the fields of a 定稿 report are read-only: typing into one says why at once
                TextInputControl field = content.lookupAll(".text-input").stream().filter(n -> n instanceof TextInputControl t
                        && MainWindow.lockedByFinal(t) && n.isVisible() && !insideComboBox(n)).map(n -> (TextInputControl) n).findFirst()
                        .orElseThrow(() -> new AssertionError("an input on " + key));
                interact(() -> field.requestFocus());
                interact(() -> field.positionCaret(field.getLength()));
                write("5");
                interact(() -> window.tabs().requestFocus()); // leaving the field commits it (Tab would go into a text area)
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(status().contains("已定稿（第 1 版），所有内容只读"), key + ": " + status());
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().pendingSaves() == 0);
        assertEquals(new String(before), new String(ReportJson.canonical(stored())), "nothing stored changed");

        // the preview's pages carry the code: its QR on the signature page reads back as the package's code
        interact(() -> window.select("preview"));
        juesuan.ui.preview.PreviewView preview = (juesuan.ui.preview.PreviewView) window.content("preview");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.image().getImage() != null && preview.viewModel().ready());
        int pages = preview.viewModel().pageCountProperty().get();
        assertEquals(code, QrReader.read(preview.viewModel().render(pages - 1, 150)).orElseThrow());

        // the package exported from the window has the same code
        Path stick = Files.createDirectories(dir.resolve("stick"));
        java.util.concurrent.CompletableFuture<Path>[] export = new java.util.concurrent.CompletableFuture[1];
        interact(() -> export[0] = window.handoverMenu().exportTo(stick));
        HandoverPackage.Contents contents = HandoverPackage.read(Files.readAllBytes(export[0].get(60, TimeUnit.SECONDS)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(code, contents.manifest().checkCode());
        type(KeyCode.ENTER); // the "exported" message

        // 解除定稿 asks for a reason; the log shows both events
        menu(window, "#handover-unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#handover-ok").query().isDisabled(), "no unlock without a reason");
        clickOn("#unlock-reason").write("主管部门要求更正会议费");
        clickOn("#handover-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !banner.isVisible());
        assertFalse(stored().isFinal());
        interact(() -> window.select("unit"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> log = lookup("#final-log").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(0).contains("解除第 1 版的定稿") && log.get(0).contains("原因：主管部门要求更正会议费"), log.get(0));
        assertTrue(log.get(1).contains("定稿第 1 版") && log.get(1).contains("张会计") && log.get(1).contains(code), log.get(1));

        // editable again; a draft export carries the watermark on its pages and no code
        java.util.concurrent.CompletableFuture<Path>[] draft = new java.util.concurrent.CompletableFuture[1];
        Path stick2 = Files.createDirectories(dir.resolve("stick2"));
        interact(() -> draft[0] = window.handoverMenu().exportTo(stick2));
        HandoverPackage.Contents d = HandoverPackage.read(Files.readAllBytes(draft[0].get(60, TimeUnit.SECONDS)));
        WaitForAsyncUtils.waitForFxEvents();
        try (PDDocument pdf = Loader.loadPDF(d.document())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("草稿（未定稿）不能作为签字稿"));
            assertFalse(text.contains("校验码 "));
        }
        type(KeyCode.ENTER);
    }

    /** Opens the 定稿与交接 menu and picks an item, both with clicks (the popup is laid out before its item is clicked). */
    private void menu(MainWindow window, String item) throws java.util.concurrent.TimeoutException {
        clickOn(window.handoverMenu().control());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(item).tryQuery().filter(n -> n.getScene() != null).isPresent());
        clickOn(lookup(item).match(n -> n.getScene() != null).queryAs(Node.class));
    }

    private static boolean insideComboBox(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static int[] firstInput(SheetViewModel vm) {
        for (int r = 0; r < vm.rowCount(); r++) {
            for (int c = 0; c < vm.columnCount(); c++) {
                if (vm.kind(r, c) == CellKind.INPUT) {
                    return new int[] {r, c};
                }
            }
        }
        return new int[] {0, vm.columnCount() - 1}; // a table all of whose cells are derived: typing anywhere is refused
    }
}

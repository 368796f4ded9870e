package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import juesuan.app.JuesuanApp;
import juesuan.app.Workspace;
import juesuan.model.Money;
import juesuan.reliability.HoldDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the window says when the database is in use or damaged, the close that waits for saves, 备份与恢复. */
class AppFailureUiTest extends FxRobot {
    @TempDir
    Path dir;

    private Application app;

    private Path db() {
        return dir.resolve("juesuan");
    }

    private void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(JuesuanApp.class, "--db", db().toString());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** A node of a window that is showing now (windows of earlier tests are hidden, not gone). */
    private java.util.Optional<javafx.scene.Node> showing(String query) {
        return lookup(query).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery();
    }

    private String dialogText() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing("#message-dialog").isPresent());
        DialogPane pane = (DialogPane) showing("#message-dialog").orElseThrow();
        return ((Label) pane.getContent()).getText();
    }

    /**
     * This test's main window: the root of the app's stage once the database is open (the stage is shared by the
     * tests, so a lookup could still find the window of the test before while the stage changes scenes).
     */
    private MainWindow mainWindow() throws Exception {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow);
        WaitForAsyncUtils.waitForFxEvents();
        return (MainWindow) stage.getScene().getRoot();
    }

    /** Opens 备份与恢复 as the button does and returns its pane. */
    private DialogPane openBackup(MainWindow window) throws Exception {
        clickOn(from(window).lookup("#backup").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#backup-dialog").isPresent());
        return (DialogPane) showing("#backup-dialog").orElseThrow();
    }

    @Test
    void aDatabaseInUseIsSaidInADialog() throws Exception {
        Process holder = HoldDatabase.start(db());
        try {
            launch();
            String text = dialogText();
            assertTrue(text.contains("正被另一个决算公开助手窗口"), text);
            assertFalse(text.contains("Exception") || text.contains("90020"), text);
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInADialog() throws Exception {
        Path sys = juesuan.reliability.Disks.unwritableFolder();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(JuesuanApp.class, "--db", sys.resolve("juesuan").toString());
        String text = dialogText();
        assertTrue(text.contains("无法写入文件夹"), text);
    }

    @Test
    void aFullDiskIsSaidWhenASaveFails() throws Exception {
        try (juesuan.reliability.Disks.SmallDisk disk = new juesuan.reliability.Disks.SmallDisk(dir.resolve("small"))) {
            Path mnt = disk.path();
            FxToolkit.registerPrimaryStage();
            app = FxToolkit.setupApplication(JuesuanApp.class, "--db", mnt.resolve("juesuan").toString());
            MainWindow window = mainWindow();
            disk.fill();
            interact(() -> {
                var s = window.session();
                long id = s.reportId();
                for (int i = 0; i < 50; i++) {
                    BigDecimal v = Money.wanToYuan(new BigDecimal(i + ".25"));
                    s.report().setText("pr.usage", "很长的一段文字".repeat(200) + i);
                    s.changed();
                    String text = s.report().text("pr.usage");
                    s.persist(st -> st.setText(id, "pr.usage", text));
                    s.persist(st -> st.setAmount(id, "op.opex", v));
                }
            });
            java.util.List<String> failed = window.session().whenSaved().get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(failed.isEmpty(), "a full disk refuses the saves");
            String status = lookup("#status-message").queryAs(Label.class).getText();
            assertTrue(status.contains("磁盘已满"), status + " / " + failed);
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @Test
    void aRefusedReportFileIsSaidInTheBackupDialog() throws Exception {
        launch();
        mainWindow();
        String good = juesuan.exchange.ReportJson.write(juesuan.exchange.DemoReport.create());
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(good.replace("\"version\" : " + juesuan.exchange.ReportJson.VERSION, "\"version\" : 9"), "格式版本是 9");
        files.put(good.replaceFirst("\"priorFinal\" : \"([0-9.]+)\"", "\"priorFinal\" : \"$11234567\""), "小数位过多");
        files.put(good.replaceFirst("\"priorFinal\" : \"([0-9.]+)\"", "\"priorFinal\" : \"1$1e20\""), "超出了可以保存的范围");
        files.put(good.replace("\"code\" : \"105\"", "\"code\" : \"106\""), "不是当前的单位 105");
        MainWindow window = mainWindow();
        DialogPane backup = openBackup(window);
        int n = 0;
        for (var e : files.entrySet()) {
            Path f = dir.resolve("report" + (n++) + ".json");
            Files.writeString(f, e.getKey());
            juesuan.ui.backup.BackupDialog.useFileChooser(owner -> java.util.Optional.of(f));
            clickOn(from(backup).lookup("#backup-from-file").queryButton());
            WaitForAsyncUtils.waitForFxEvents();
            String text = from(backup).lookup("#backup-message").queryAs(Label.class).getText();
            assertTrue(text.contains(e.getValue()), text);
        }
        interact(() -> backup.getScene().getWindow().hide());
        assertEquals(juesuan.exchange.DemoReport.create().amount("op.opex"), window.session().report().amount("op.opex"));
        assertFalse(window.session().history().canUndoProperty().get(), "nothing was changed");
    }

    @Test
    void aDamagedDatabaseIsRecoveredAndTheDialogSaysWhatAndAsOfWhen() throws Exception {
        try (Workspace ws = Workspace.open(db())) {
            ws.store().setAmount(ws.store().list().get(0).reportId(), "op.opex", Money.wanToYuan(new BigDecimal("12.34")));
            ws.snapshot(ws.store().list().get(0).reportId());
        }
        Path mv = dir.resolve("juesuan.mv.db");
        byte[] all = Files.readAllBytes(mv);
        Files.write(mv, java.util.Arrays.copyOf(all, all.length / 10));
        launch();
        String text = dialogText();
        assertTrue(text.contains("已损坏") && text.contains("已从保存记录恢复 1 份报告，数据截至"), text);
        assertTrue(text.contains("-damaged-"), "names where the damaged file is kept: " + text);
        mainWindow();
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().contains("-damaged-")).count());
        }
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace ws = Workspace.open(db())) {
            assertEquals(Money.wanToYuan(new BigDecimal("12.34")), ws.store().find("105", 2023).orElseThrow().amount("op.opex"));
        }
    }

    @Test
    void closingTheWindowWaitsForTheSaveAndBackupRestoresAVersion() throws Exception {
        launch();
        MainWindow window = mainWindow();
        // an edit through the session, as the forms make it
        interact(() -> {
            var s = window.session();
            long id = s.reportId();
            s.report().setAmount("op.opex", Money.wanToYuan(new BigDecimal("7.77")));
            s.changed();
            s.persist(st -> st.setAmount(id, "op.opex", Money.wanToYuan(new BigDecimal("7.77"))));
        });
        // 备份与恢复 lists the versions; restoring the first (the demo as created) is stored
        window.session().whenSaved().get(10, TimeUnit.SECONDS);
        DialogPane backup = openBackup(window);
        TableView<?> versions = from(backup).lookup("#backup-versions").query();
        assertEquals(2, versions.getItems().size(), "the demo as created and the edit");
        interact(() -> versions.getSelectionModel().select(versions.getItems().size() - 1));
        clickOn(from(backup).lookup("#backup-restore").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> backup.getScene().getWindow().hide());
        // close the window: the pending save is finished before it goes
        Stage stage = (Stage) window.getScene().getWindow();
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace ws = Workspace.open(db())) {
            var r = ws.store().find("105", 2023).orElseThrow();
            assertEquals(juesuan.exchange.DemoReport.create().amount("op.opex"), r.amount("op.opex"), "restored to the first version");
            assertTrue(ws.notices().isEmpty(), String.valueOf(ws.notices()));
            assertEquals(ws.store().revision(r.getId()), ws.history().newest("105", 2023).orElseThrow().revision());
        }
    }

}

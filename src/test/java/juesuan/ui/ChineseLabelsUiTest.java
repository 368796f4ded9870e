package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every word the officer reads is Chinese: the scene graph of every section and of the dialogs (新建, 备份与恢复,
 * 定稿, 核验, 关于, the code picker) is scanned for labels, buttons, tabs, menu items, column headers, prompts and
 * tooltips written in Latin letters only. Names of formats and keys (PDF, Word, Excel, Ctrl, F1 …) may stand.
 */
class ChineseLabelsUiTest extends RunningAppTest {


    /** Latin words an officer reads as they are. */
    private static final Set<String> ALLOWED = Set.of("PDF", "Word", "Excel", "Ctrl", "Tab", "Delete", "F1", "F2", "XXXX", "OK",
            "JSON", "xlsx", "xls", "csv", "docx", "jsgk", "json", "png", "jpg", "jpeg", "bmp", "USB", "QR", "GBK", "MB", "KB", "B");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");


    @Test
    void noSectionOrDialogShowsAnEnglishWord() throws Exception {
        MainWindow window = startApp();
        Set<String> found = new TreeSet<>();
        for (String key : window.sectionKeys()) {
            interact(() -> window.select(key));
            WaitForAsyncUtils.waitForFxEvents();
            scanWindows(found, key);
        }
        // the dialogs
        for (Runnable open : List.<Runnable>of(
                () -> clickOn("#new-report"),
                () -> clickOn("#backup"),
                () -> menu(window, "#handover-finalize"),
                () -> menu(window, "#handover-verify"),
                () -> { clickOn("#help-menu"); WaitForAsyncUtils.waitForFxEvents(); clickOn(lookup("#help-about").match(n -> n.getScene() != null).queryAs(Node.class)); },
                () -> { interact(() -> window.select("T3")); clickOn("#add-row-T3"); })) {
            open.run();
            WaitForAsyncUtils.waitForFxEvents();
            scanWindows(found, "dialog");
            closeDialogs(window);
        }
        assertTrue(found.isEmpty(), "words in Latin letters only:\n" + String.join("\n", found));
    }

    private void menu(MainWindow window, String item) {
        clickOn(window.handoverMenu().control());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(item).match(n -> n.getScene() != null).queryAs(Node.class));
    }

    private void closeDialogs(MainWindow window) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != window.getScene().getWindow() && w.isShowing()) {
                interact(w::hide);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void scanWindows(Set<String> found, String where) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                scan(w.getScene().getRoot(), found, where);
            }
        }
    }

    private static void scan(Node n, Set<String> found, String where) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            check(l.getText(), found, where, n);
            check(l.getTooltip(), found, where, n);
        }
        if (n instanceof TextInputControl t) {
            check(t.getPromptText(), found, where, n);
            check(t.getTooltip(), found, where, n);
        }
        if (n instanceof MenuButton m) {
            m.getItems().forEach(i -> check(i, found, where));
        }
        if (n instanceof TabPane p) {
            for (Tab t : p.getTabs()) {
                check(t.getText(), found, where, n);
            }
        }
        if (n instanceof TableView<?> t) {
            t.getColumns().forEach(c -> check(((TableColumnBase<?, ?>) c).getText(), found, where, n));
            if (t.getPlaceholder() != null) {
                scan(t.getPlaceholder(), found, where);
            }
        }
        if (n instanceof javafx.scene.control.ComboBoxBase<?> c) {
            check(c.getPromptText(), found, where, n);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                scan(child, found, where);
            }
        }
    }

    private static void check(MenuItem i, Set<String> found, String where) {
        check(i.getText(), found, where, null);
        if (i instanceof javafx.scene.control.Menu m) {
            m.getItems().forEach(sub -> check(sub, found, where));
        }
    }

    private static void check(Tooltip t, Set<String> found, String where, Node n) {
        if (t != null) {
            check(t.getText(), found, where, n);
        }
    }

    private static void check(String text, Set<String> found, String where, Node n) {
        if (text == null || text.isBlank() || HAN.matcher(text).find()) {
            return;
        }
        var m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(where + ": \"" + text + "\"" + (n == null ? "" : " (" + n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + ")"));
                return;
            }
        }
    }
}

package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the officer's screens: 1366×768 and 1920×1080 at 100 %, 125 % and 150 % (at 150 % a 1366×768 screen
 * lays the window out in 911×512 points). At each size the year selector, the header's buttons, every section
 * entry (the groups and the sections in each group), the status bar and the preview's controls are on screen,
 * whole, and their words are not cut.
 */
class ScreenFitUiTest extends RunningAppTest {



    /** Screen sizes in points: physical pixels divided by the display scaling. */
    private static final double[][] SIZES = {
            {1366, 768}, {1920, 1080}, {1366 / 1.25, 768 / 1.25}, {1920 / 1.25, 1080 / 1.25}, {1366 / 1.5, 768 / 1.5}, {1920 / 1.5, 1080 / 1.5}};

    @Test
    void everythingTheOfficerNeedsIsOnScreenAtEachSizeAndScale() throws Exception {
        MainWindow window = startApp();
        Stage stage = (Stage) window.getScene().getWindow();
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            String at = (int) size[0] + "×" + (int) size[1];
            interact(() -> {
                stage.setMaximized(false);
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> window.select("unit"));
            WaitForAsyncUtils.waitForFxEvents();
            Scene scene = window.getScene();
            // measured on the FX thread right after a layout pass: a background task (the preview of the size before)
            // may change the status line's text at any moment, and a label is only sized at the next pulse
            interact(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                for (String id : List.of("#report-select", "#new-report", "#undo", "#redo", "#backup", "#handover-menu", "#help-menu",
                        "#status-message", "#status-saved")) {
                    whole(scene, scene.lookup(id), at + " " + id, problems);
                }
            });
            tabs(scene, window.tabs(), at, problems);
            for (String group : List.of("T1", "comparisons")) {
                interact(() -> window.select(group));
                WaitForAsyncUtils.waitForFxEvents();
                tabs(scene, window.tabs().getSelectionModel().getSelectedItem().getContent() instanceof TabPane p ? p : null, at, problems);
            }
            interact(() -> window.select("preview"));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : List.of("#preview-generate", "#preview-prev", "#preview-page-field", "#preview-page", "#preview-next",
                    "#preview-outline", "#preview-zoom", "#preview-export", "#preview-print")) {
                whole(scene, lookup(id).query(), at + " " + id, problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every tab header of a tab pane within the pane (none pushed behind its overflow menu). */
    private static void tabs(Scene scene, TabPane pane, String at, List<String> problems) {
        if (pane == null) {
            problems.add(at + ": no group pane");
            return;
        }
        Bounds area = pane.localToScene(pane.getLayoutBounds());
        for (Node header : pane.lookupAll(".tab")) {
            if (header.getParent() == null || !(header.getStyleClass().contains("tab")) || header.getScene() == null) {
                continue;
            }
            if (!isHeaderOf(pane, header)) {
                continue;
            }
            Bounds b = header.localToScene(header.getLayoutBounds());
            if (b.getMaxX() > area.getMaxX() + 0.5 || b.getMinX() < area.getMinX() - 0.5) {
                problems.add(at + ": the section " + header.getId() + " is outside its row (" + (int) b.getMaxX() + " > " + (int) area.getMaxX() + ")");
            }
        }
    }

    /** Whether a tab header belongs to this pane (not to a pane nested inside one of its tabs). */
    private static boolean isHeaderOf(TabPane pane, Node header) {
        for (Node n = header.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TabPane p) {
                return p == pane;
            }
        }
        return false;
    }

    /** A control inside the window, visible, and with its words whole. */
    private static void whole(Scene scene, Node n, String what, List<String> problems) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (!n.isVisible() || b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                || b.getMaxY() > scene.getHeight() + 0.5) {
            problems.add(what + " is not within the window: " + b);
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getWidth() + 0.5 < l.prefWidth(-1)) {
            problems.add(what + " is cut: \"" + l.getText() + "\" needs " + (int) l.prefWidth(-1) + ", has " + (int) l.getWidth());
        }
    }
}

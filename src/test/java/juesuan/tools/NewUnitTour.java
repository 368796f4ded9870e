package juesuan.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import juesuan.app.Workspace;
import juesuan.ui.MainWindow;
import juesuan.ui.NewReportViewModel;
import juesuan.ui.forms.UnitViewModel;
import juesuan.ui.session.ReportSession;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.TableSheetModel;

/**
 * Developer tool: the first report of a new unit (a 街道办事处, 2024) as the officer sees it on the way, and the dialogs
 * met there, each written to a PNG so that it can be looked at. Run under Monocle or Xvfb:
 * {@code java -cp target/classes:target/test-classes:target/lib/* juesuan.tools.NewUnitTour OUT_DIR [WIDTHxHEIGHT]}
 * (the window's size in points: 1093x582 is a 1366×768 screen at 125 % without its taskbar, 1536x832 one of 1920×1080).
 */
public final class NewUnitTour {
    private NewUnitTour() {
    }

    /** Steps run one after another on the FX thread, each given a few pulses to lay out before the next. */
    private static final Deque<Runnable> STEPS = new ArrayDeque<>();
    private static CountDownLatch done;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots/new-unit");
        String[] size = (args.length > 1 ? args[1] : "1093x582").split("x");
        double width = Double.parseDouble(size[0]);
        double height = Double.parseDouble(size[1]);
        Files.createDirectories(out);
        Workspace ws = Workspace.open(Files.createTempDirectory("tour").resolve("juesuan"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        done = new CountDownLatch(1);
        Platform.runLater(() -> {
            MainWindow window = ScreenshotTour.window(ws, width, height);
            plan(window, window.session(), ws, window.getScene(), out);
            next();
        });
        done.await();
        Platform.exit();
        ws.close();
        System.exit(0);
    }

    private static void next() {
        Runnable step = STEPS.poll();
        if (step == null) {
            done.countDown();
            return;
        }
        // two pulses of layout after the previous step, then this one
        Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
            next();
        })));
    }

    private static void shot(Scene scene, Path file) {
        ScreenshotTour.write(scene.snapshot(null), file);
    }

    /** The newest window other than the main one (a dialog shown by the previous step). */
    private static Window dialog(Scene main) {
        Window found = null;
        for (Window w : Window.getWindows()) {
            if (w != main.getWindow() && w.isShowing()) {
                found = w;
            }
        }
        return found;
    }

    private static void type(ReportSession s, String table, String row, String column, String value) {
        SheetViewModel vm = new SheetViewModel(new TableSheetModel(s, table), s);
        vm.select(row, column);
        vm.commit(vm.focusRow(), vm.focusCol(), value);
    }

    private static void plan(MainWindow window, ReportSession s, Workspace ws, Scene scene, Path out) {
        // 新建: the dialog as the officer fills it in (shown and answered without blocking the tour)
        STEPS.add(() -> {
            Platform.runLater(() -> {
                Window w = dialog(scene);
                ((TextField) w.getScene().lookup("#new-code")).setText("201");
                ((TextField) w.getScene().lookup("#new-name")).setText("重庆市江津区几江街道办事处");
                ((TextField) w.getScene().lookup("#new-year")).setText("2024");
                Platform.runLater(() -> Platform.runLater(() -> {
                    shot(w.getScene(), out.resolve("01-new-report-dialog.png"));
                    ((Stage) w).close();
                }));
            });
            juesuan.ui.NewReportDialog.show(scene.getWindow(), s);
        });
        STEPS.add(() -> {
            NewReportViewModel.Created c = new NewReportViewModel(ws.store(), ws.history()).create("201", "重庆市江津区几江街道办事处", "2024", null);
            s.show(ws.store().load(c.reportId()));
            window.select("unit");
        });
        STEPS.add(() -> shot(scene, out.resolve("02-unit-empty.png")));
        STEPS.add(() -> {
            UnitViewModel u = new UnitViewModel(s);
            u.commit(UnitViewModel.Field.SUPERVISOR, "重庆市江津区人民政府");
            u.commit(UnitViewModel.Field.UNIT_TYPE, "行政单位");
            new TableSheetModel(s, "T2").addRow("2010301");
            new TableSheetModel(s, "T2").addRow("2080505");
            type(s, "T2", "2010301", "fiscal", "500");
            type(s, "T2", "2080505", "fiscal", "50");
            window.select("unit");
        });
        STEPS.add(() -> shot(scene, out.resolve("03-unit-filled.png")));
        STEPS.add(() -> window.select("T3"));
        STEPS.add(() -> shot(scene, out.resolve("04-T3-offered.png")));
        STEPS.add(() -> {
            new TableSheetModel(s, "T3").addOffered();
            type(s, "T3", "2010301", "basic", "400");
            type(s, "T3", "2010301", "project", "100");
            type(s, "T3", "2080505", "basic", "50");
            new TableSheetModel(s, "T5").addOffered();
            window.select("T5");
        });
        STEPS.add(() -> shot(scene, out.resolve("05-T5-following.png")));
        STEPS.add(() -> window.select("T4"));
        STEPS.add(() -> shot(scene, out.resolve("06-T4-following.png")));
        STEPS.add(() -> {
            type(s, "T7", "reception", "budget", "2");
            type(s, "T7", "reception", "actual", "1.5");
            window.select("comparisons");
        });
        STEPS.add(() -> shot(scene, out.resolve("07-comparisons.png")));
        // the code picker
        STEPS.add(() -> {
            window.select("T2");
            Platform.runLater(() -> Platform.runLater(() -> {
                Window w = dialog(scene);
                ((TextField) w.getScene().lookup("#picker-filter")).setText("城乡社区");
                Platform.runLater(() -> Platform.runLater(() -> {
                    shot(w.getScene(), out.resolve("08-code-picker.png"));
                    ((Stage) w).close();
                }));
            }));
            ((Button) scene.lookup("#add-row-T2")).fire();
        });
        // 核验校验码 after a wrong code: the verdict whole, the 关闭 button in view
        STEPS.add(() -> {
            window.handoverMenu().verifyDialog();
            Window w = dialog(scene);
            ((TextField) w.getScene().lookup("#verify-code")).setText("7KQ4-M2XD-9HRT-C3WP");
            ((Button) w.getScene().lookup("#verify-check")).fire();
        });
        STEPS.add(() -> {
            Window w = dialog(scene);
            shot(w.getScene(), out.resolve("09-verify-after-error.png"));
            ((Stage) w).close();
        });
        // 单位树: adding a unit without a name is refused in the dialog, which stays with what was typed
        STEPS.add(() -> juesuan.ui.consolidation.ConsolidationDialog.show(scene.getWindow(), s, id -> { }));
        STEPS.add(() -> {
            Window tree = dialog(scene);
            Platform.runLater(() -> Platform.runLater(() -> {
                Window add = dialog(scene);
                ((TextField) add.getScene().lookup("#tree-add-code")).setText("301");
                Node ok = add.getScene().getRoot().lookupAll(".button").stream()
                        .filter(n -> n instanceof Button b && b.isDefaultButton()).findFirst().orElseThrow();
                ((Button) ok).fire();
                Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> {
                    shot(add.getScene(), out.resolve("10-tree-add-refused.png"));
                    ((Stage) add).close();
                    ((Stage) tree).close();
                })));
            }));
            ((Button) tree.getScene().lookup("#tree-add")).fire();
        });
        // closing with a refused value still in a cell: the officer is asked
        STEPS.add(() -> {
            Platform.runLater(() -> Platform.runLater(() -> {
                Window w = dialog(scene);
                shot(w.getScene(), out.resolve("11-close-asks.png"));
                ((Stage) w).close();
            }));
            juesuan.ui.Dialogs.confirm(scene.getWindow(), juesuan.i18n.Msg.get("app.pendingTitle"),
                    juesuan.i18n.Msg.get("app.pendingRefusedClose", "支出决算表：行政运行（2010301） · 基本支出：“十二”不是金额，请输入数字（单位：万元）。原值未改变"),
                    juesuan.i18n.Msg.get("app.pendingDiscard"), juesuan.i18n.Msg.get("app.pendingBack"));
        });
        // the 审核 panel with the findings of the report so far, and 预览's first view
        STEPS.add(() -> window.select("T1"));
        STEPS.add(() -> shot(scene, out.resolve("12-audit-panel.png")));
        STEPS.add(() -> window.select("preview"));
        STEPS.add(() -> waitForPreview(window, scene, out, 0));
    }

    /** The preview's pages are made in the background: waits for the first, then shoots it. */
    private static void waitForPreview(MainWindow window, Scene scene, Path out, int tries) {
        juesuan.ui.preview.PreviewView preview = (juesuan.ui.preview.PreviewView) window.content("preview");
        if (preview.image().getImage() == null && tries < 600) {
            STEPS.addFirst(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                waitForPreview(window, scene, out, tries + 1);
            });
            return;
        }
        STEPS.addFirst(() -> shot(scene, out.resolve("13-preview-first-view.png")));
    }
}

package juesuan.tools;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import juesuan.app.Workspace;
import juesuan.ui.MainWindow;
import juesuan.ui.session.ReportSession;

/**
 * Developer tool: opens the app on a database (the demo in a fresh file by default) and writes a PNG of every
 * section tab, so each screen can be looked at. Run under Xvfb or Monocle:
 * {@code java -cp target/classes:target/test-classes:target/lib/* juesuan.tools.ScreenshotTour OUT_DIR [DB|-] [WIDTHxHEIGHT]}
 * (the window's size in points, 1360x860 by default; 911x512 is a 1366×768 screen at 150 %).
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Path db = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : Files.createTempDirectory("tour").resolve("juesuan");
        String[] size = (args.length > 2 ? args[2] : "1360x860").split("x");
        double width = Double.parseDouble(size[0]);
        double height = Double.parseDouble(size[1]);
        Files.createDirectories(out);
        Workspace ws = Workspace.open(db);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                MainWindow window = window(ws, width, height);
                shoot(window, window.getScene(), out, 0);
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        Platform.runLater(() -> { });
        // the chain of shots ends by counting down
        ScreenshotTour.done = done;
        done.await();
        Platform.exit();
        ws.close();
        System.exit(0);
    }

    private static CountDownLatch done;

    /** The main window on a workspace's first report, themed as the app is, in a stage of the given size (FX thread). */
    static MainWindow window(Workspace ws, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ReportSession session = new ReportSession(ws.store(), ws.history(), Executors.newSingleThreadExecutor(), Platform::runLater);
        session.show(ws.store().load(ws.store().list().get(0).reportId()));
        MainWindow window = new MainWindow(session, ws.file().toString());
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(ScreenshotTour.class.getResource("/juesuan/ui/app.css").toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return window;
    }

    private static void shoot(MainWindow window, Scene scene, Path out, int index) {
        if (index >= window.sectionKeys().size()) {
            extras(window, scene, out);
            return;
        }
        String key = window.sectionKeys().get(index);
        window.select(key);
        // give layout two pulses before the snapshot
        Platform.runLater(() -> Platform.runLater(() -> {
            write(scene.snapshot(null), out.resolve(String.format("%02d-%s.png", index + 1, key)));
            shoot(window, scene, out, index + 1);
        }));
    }

    /** A refused input at a cell, and the 类/款/项 code picker. */
    private static void extras(MainWindow window, Scene scene, Path out) {
        window.select("T3");
        Platform.runLater(() -> {
            juesuan.ui.sheet.SheetView sheet = (juesuan.ui.sheet.SheetView) scene.lookup("#sheet-T3");
            sheet.viewModel().select("2010302", "project");
            sheet.startEdit("abc", true);
            sheet.commitEdit();
            Platform.runLater(() -> Platform.runLater(() -> {
                write(scene.snapshot(null), out.resolve("19-T3-refused-input.png"));
                sheet.viewModel().clearError();
                Platform.runLater(() -> {
                    for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                        if (w != scene.getWindow()) {
                            javafx.scene.control.TextField filter =
                                    (javafx.scene.control.TextField) w.getScene().lookup("#picker-filter");
                            filter.setText("行政运行");
                            Platform.runLater(() -> Platform.runLater(() -> {
                                write(w.getScene().snapshot(null), out.resolve("20-code-picker.png"));
                                ((Stage) w).close();
                                narrativeStates(window, scene, out);
                            }));
                        }
                    }
                });
                ((javafx.scene.control.Button) scene.lookup("#add-row-T3")).fire();
            }));
        });
    }

    /** The 情况说明 with a missing reason and a rewritten paragraph whose figures changed since. */
    private static void narrativeStates(MainWindow window, Scene scene, Path out) {
        juesuan.ui.narrative.NarrativeViewModel vm = new juesuan.ui.narrative.NarrativeViewModel(window.session());
        vm.rewrite("2.1.1", "1.收入支出总体情况。2023年度收入总计1463.32万元，支出总计1463.32万元，较上年有所增加。");
        window.session().report().setComparison("total.grand", new juesuan.model.Comparison(new java.math.BigDecimal("11000000.00"), null, null));
        vm.setReason("income.total", juesuan.model.Basis.PRIOR, "");
        window.session().changed();
        window.select("narrative");
        Platform.runLater(() -> Platform.runLater(() -> {
            write(scene.snapshot(null), out.resolve("21-narrative-flags.png"));
            window.session().report().table("T1").set("in.other", "amount", new java.math.BigDecimal("100000.00"));
            window.session().changed();
            window.select("T1");
            Platform.runLater(() -> Platform.runLater(() -> {
                write(scene.snapshot(null), out.resolve("22-audit-errors.png"));
                window.select("preview");
                waitForPreview(window, scene, out, 0);
            }));
        }));
    }

    private static void waitForPreview(MainWindow window, Scene scene, Path out, int tries) {
        juesuan.ui.preview.PreviewView preview = (juesuan.ui.preview.PreviewView) window.content("preview");
        if (preview.image().getImage() == null && tries < 600) {
            new Thread(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> waitForPreview(window, scene, out, tries + 1));
            }).start();
            return;
        }
        Platform.runLater(() -> Platform.runLater(() -> {
            write(scene.snapshot(null), out.resolve("23-preview.png"));
            done.countDown();
        }));
    }

    public static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(b, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package juesuan.ui.preview;

import java.awt.image.BufferedImage;
import java.io.File;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import juesuan.i18n.Msg;
import juesuan.report.Document;

/**
 * 预览: the document's pages as they will print, with page navigation and zoom; exports and printing. Generation,
 * rendering, export and printing run in the background with a progress indicator.
 */
public final class PreviewView extends BorderPane {
    private final PreviewViewModel vm;
    private final ImageView image = new ImageView();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label pageLabel = new Label();
    private final Button refresh = new Button(Msg.get("preview.generate"));
    private final javafx.scene.control.TextField pageField = new javafx.scene.control.TextField();
    private final ComboBox<Document.Entry> outline = new ComboBox<>();
    private final ScrollPane scroll = new ScrollPane();

    public PreviewView(PreviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("preview-view");
        Button prev = new Button("◀");
        prev.setId("preview-prev");
        prev.setTooltip(new javafx.scene.control.Tooltip(Msg.get("preview.previousTip")));
        prev.setOnAction(e -> vm.previous());
        Button next = new Button("▶");
        next.setId("preview-next");
        next.setTooltip(new javafx.scene.control.Tooltip(Msg.get("preview.nextTip")));
        next.setOnAction(e -> vm.next());
        // the page number is typed (Enter goes there); the label after it says how many there are
        pageField.setId("preview-page-field");
        pageField.setPrefColumnCount(3);
        pageField.setOnAction(e -> {
            String t = pageField.getText().strip();
            if (!t.matches("\\d{1,4}") || !vm.goTo(Integer.parseInt(t))) {
                vm.session().warn(Msg.get("preview.noSuchPage", t, vm.pageCountProperty().get()));
                updateLabel();
            }
        });
        pageLabel.setId("preview-page");
        outline.setId("preview-outline");
        outline.setPromptText(Msg.get("preview.jump"));
        outline.setPrefWidth(150);
        outline.setOnAction(e -> {
            Document.Entry entry = outline.getValue();
            if (entry != null) {
                vm.goTo(entry.page());
            }
        });
        outline.setCellFactory(l -> new OutlineCell());
        outline.setButtonCell(new OutlineCell());
        ComboBox<Integer> zoom = new ComboBox<>();
        zoom.getItems().setAll(PreviewViewModel.FIT_WIDTH, PreviewViewModel.FIT_PAGE, 50, 75, 100, 125, 150, 200);
        // the whole page first: at full width the cover's top is a screen of white paper
        zoom.setValue(PreviewViewModel.FIT_PAGE);
        zoom.setId("preview-zoom");
        zoom.setTooltip(new javafx.scene.control.Tooltip(Msg.get("preview.zoomTip")));
        zoom.setButtonCell(new ZoomCell());
        zoom.setCellFactory(l -> new ZoomCell());
        zoom.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.zoomProperty().set(b);
            }
        });
        vm.zoomProperty().set(PreviewViewModel.FIT_PAGE);
        refresh.setId("preview-generate");
        refresh.setOnAction(e -> generate());
        MenuButton export = new MenuButton(Msg.get("preview.export"));
        export.setId("preview-export");
        export.getItems().addAll(exportItem(Msg.get("preview.exportPdf"), Document.Format.PDF),
                exportItem(Msg.get("preview.exportDocx"), Document.Format.DOCX),
                exportItem(Msg.get("preview.exportXlsx"), Document.Format.XLSX));
        Button print = new Button(Msg.get("preview.print"));
        print.setId("preview-print");
        print.setOnAction(e -> print());
        busy.setMaxSize(22, 22);
        busy.setVisible(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, refresh, busy, gap, prev, pageField, pageLabel, next, outline, zoom, export, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("narrative-toolbar");
        // every control keeps its full width: on a narrow or scaled screen the gap gives way, never a button's words
        for (Node n : bar.getChildren()) {
            if (n instanceof Region r && n != gap && n != outline) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        outline.setMinWidth(90);
        for (Control c : new Control[] {prev, next, export, print, pageField, outline, zoom}) {
            c.disableProperty().bind(vm.pageCountProperty().isEqualTo(0));
        }
        setTop(bar);
        image.setPreserveRatio(true);
        image.setId("preview-image");
        StackPane page = new StackPane(image);
        page.getStyleClass().add("preview-page");
        page.setPadding(new Insets(16));
        scroll.setContent(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        // Ctrl + wheel zooms, as in any document viewer
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                int now = effectiveZoom();
                int to = Math.max(25, Math.min(400, now + (e.getDeltaY() > 0 ? 10 : -10)));
                zoom.setValue(to);
                e.consume();
            }
        });
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (vm.zoomProperty().get() < 0 && (a == null || Math.abs(a.getWidth() - b.getWidth()) > 8
                    || Math.abs(a.getHeight() - b.getHeight()) > 8)) {
                renderPage();
            }
        });
        setCenter(scroll);
        vm.pageProperty().addListener((o, a, b) -> renderPage());
        vm.zoomProperty().addListener((o, a, b) -> renderPage());
        vm.pageCountProperty().addListener((o, a, b) -> updateLabel());
        visibleProperty().addListener((o, a, b) -> {
            if (b) {
                shown();
            }
        });
        juesuan.ui.Listeners.whileAlive(this, vm.session().revisionProperty(), () -> {
            if (vm.ready()) {
                // the data changed since the pages were made: the button says so until they are made again
                refresh.getStyleClass().add("accent");
                refresh.setTooltip(new javafx.scene.control.Tooltip(Msg.get("preview.outOfDate")));
            }
        });
        updateLabel();
    }

    /** The zoom the shown page is drawn at (a fit choice worked out for the view's size). */
    private int effectiveZoom() {
        var v = scroll.getViewportBounds();
        return vm.effectiveZoom(vm.zoomProperty().get(), Math.max(200, v.getWidth() - 52), Math.max(200, v.getHeight() - 56));
    }

    public PreviewViewModel viewModel() {
        return vm;
    }

    /** When the tab comes into view: generates the document if it is missing or out of date. */
    public void shown() {
        if (vm.outOfDate() && !busy.isVisible()) {
            generate();
        }
    }

    private MenuItem exportItem(String text, Document.Format format) {
        MenuItem b = new MenuItem(text);
        b.setId("preview-export-" + format.extension());
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(vm.suggestedName(format));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                exportTo(format, file);
            }
        });
        return b;
    }

    /** Writes an export in the background (also used by tests, without the file dialog). */
    public Task<Void> exportTo(Document.Format format, File file) {
        return run(Msg.get("preview.exporting"), new Task<>() {
            @Override
            protected Void call() throws Exception {
                vm.export(format, file.toPath());
                return null;
            }
        }, v -> vm.session().say(vm.exportedMessage(format, file.toPath())));
    }

    private void print() {
        run(Msg.get("preview.printing"), new Task<Boolean>() {
            @Override
            protected Boolean call() {
                return vm.print(null, true);
            }
        }, done -> vm.session().say(Msg.get(done ? "preview.printed" : "preview.printCancelled")));
    }

    /** Generates the document from the current state of the report, in the background. */
    public Task<PreviewViewModel.Generated> generate() {
        var snapshot = vm.snapshot();
        int revision = vm.revision();
        return run(Msg.get("preview.generating"), new Task<>() {
            @Override
            protected PreviewViewModel.Generated call() {
                return PreviewViewModel.generate(snapshot);
            }
        }, g -> {
            vm.show(g, revision);
            refresh.getStyleClass().remove("accent");
            refresh.setTooltip(null);
            outline.getItems().setAll(vm.outline());
            vm.session().say(Msg.get("preview.generated", g.document().pageCount()));
            renderPage();
        });
    }

    private <T> Task<T> run(String what, Task<T> task, java.util.function.Consumer<T> done) {
        busy.setVisible(true);
        refresh.setDisable(true);
        vm.session().say(what);
        task.setOnSucceeded(e -> {
            busy.setVisible(false);
            refresh.setDisable(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.setVisible(false);
            refresh.setDisable(false);
            vm.session().warn(Msg.get("preview.failed", juesuan.failure.Failures.describe(task.getException())));
        });
        Thread t = new Thread(task, "preview");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private void renderPage() {
        if (!vm.ready()) {
            return;
        }
        int index = vm.pageProperty().get();
        int zoom = effectiveZoom();
        updateLabel();
        Task<BufferedImage> task = new Task<>() {
            @Override
            protected BufferedImage call() {
                return vm.render(index, zoom);
            }
        };
        task.setOnSucceeded(e -> image.setImage(toFx(task.getValue())));
        Thread t = new Thread(task, "preview-page");
        t.setDaemon(true);
        t.start();
    }

    private void updateLabel() {
        int n = vm.pageCountProperty().get();
        pageField.setText(n == 0 ? "" : Integer.toString(vm.pageProperty().get() + 1));
        pageLabel.setText(n == 0 ? "" : Msg.get("preview.pageOf", n));
    }

    static WritableImage toFx(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        int[] argb = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }

    /** The image of the shown page (for tests). */
    public ImageView image() {
        return image;
    }

    private static final class ZoomCell extends javafx.scene.control.ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item == PreviewViewModel.FIT_WIDTH ? Msg.get("preview.fitWidth")
                    : item == PreviewViewModel.FIT_PAGE ? Msg.get("preview.fitPage") : item + "%");
        }
    }

    /** A part of the document in the jump list: the tables indented under their heading. */
    private static final class OutlineCell extends javafx.scene.control.ListCell<Document.Entry> {
        @Override
        protected void updateItem(Document.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : (item.level() > 1 ? "　" : "") + item.title());
        }
    }
}

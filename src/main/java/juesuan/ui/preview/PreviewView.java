package juesuan.ui.preview;

import java.awt.image.BufferedImage;
import java.io.File;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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
    private final Label state = new Label();
    private final Button refresh = new Button(Msg.get("preview.generate"));

    public PreviewView(PreviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("preview-view");
        Button prev = new Button("◀");
        prev.setId("preview-prev");
        prev.setOnAction(e -> vm.previous());
        Button next = new Button("▶");
        next.setId("preview-next");
        next.setOnAction(e -> vm.next());
        pageLabel.setId("preview-page");
        ComboBox<Integer> zoom = new ComboBox<>();
        zoom.getItems().setAll(50, 75, 100, 125, 150, 200);
        zoom.setValue(100);
        zoom.setId("preview-zoom");
        zoom.setButtonCell(new ZoomCell());
        zoom.setCellFactory(l -> new ZoomCell());
        zoom.valueProperty().addListener((o, a, b) -> vm.zoomProperty().set(b));
        refresh.setId("preview-generate");
        refresh.setOnAction(e -> generate());
        Button pdf = exportButton(Msg.get("preview.exportPdf"), Document.Format.PDF);
        Button docx = exportButton(Msg.get("preview.exportDocx"), Document.Format.DOCX);
        Button xlsx = exportButton(Msg.get("preview.exportXlsx"), Document.Format.XLSX);
        Button print = new Button(Msg.get("preview.print"));
        print.setId("preview-print");
        print.setOnAction(e -> print());
        busy.setMaxSize(22, 22);
        busy.setVisible(false);
        state.getStyleClass().add("status-message");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, refresh, busy, state, gap, prev, pageLabel, next, new Label(Msg.get("preview.zoom")), zoom, pdf, docx, xlsx, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("narrative-toolbar");
        for (Button b : new Button[] {prev, next, pdf, docx, xlsx, print}) {
            b.disableProperty().bind(vm.pageCountProperty().isEqualTo(0));
        }
        setTop(bar);
        image.setPreserveRatio(true);
        image.setId("preview-image");
        StackPane page = new StackPane(image);
        page.getStyleClass().add("preview-page");
        page.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
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
                state.setText(Msg.get("preview.outOfDate"));
            }
        });
        updateLabel();
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

    private Button exportButton(String text, Document.Format format) {
        Button b = new Button(text);
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
        }, v -> {
            String said = vm.exportedMessage(format, file.toPath());
            state.setText(said);
            vm.session().say(said);
        });
    }

    private void print() {
        run(Msg.get("preview.printing"), new Task<Boolean>() {
            @Override
            protected Boolean call() {
                return vm.print(null, true);
            }
        }, done -> state.setText(Msg.get(done ? "preview.printed" : "preview.printCancelled")));
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
            state.setText(Msg.get("preview.generated", g.document().pageCount()));
            renderPage();
        });
    }

    private <T> Task<T> run(String what, Task<T> task, java.util.function.Consumer<T> done) {
        busy.setVisible(true);
        refresh.setDisable(true);
        state.setText(what);
        task.setOnSucceeded(e -> {
            busy.setVisible(false);
            refresh.setDisable(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.setVisible(false);
            refresh.setDisable(false);
            state.setText(Msg.get("preview.failed", String.valueOf(task.getException().getMessage())));
            vm.session().warn(state.getText());
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
        int zoom = vm.zoomProperty().get();
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
        pageLabel.setText(vm.pageCountProperty().get() == 0 ? "" : Msg.get("preview.pageOf", vm.pageProperty().get() + 1, vm.pageCountProperty().get()));
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
            setText(empty || item == null ? "" : item + "%");
        }
    }
}

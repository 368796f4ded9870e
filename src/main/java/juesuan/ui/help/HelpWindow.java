package juesuan.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import juesuan.i18n.Msg;

/**
 * 使用说明 in a window of its own (F1, or 帮助 → 使用说明): the chapters on the left, the chosen one on the right
 * with its pictures of the screens. One window: F1 again brings it forward at the chapter of the current section.
 */
public final class HelpWindow {
    private static Stage open;
    private static ListView<HelpContent.Chapter> list;

    private HelpWindow() {
    }

    /** Shows the 使用说明 at the chapter for a section (a tab key, or null for the first chapter). */
    public static Stage show(Window owner, String section) {
        HelpContent content = HelpContent.load();
        HelpContent.Chapter chapter = content.chapterFor(section);
        if (open != null && open.isShowing()) {
            list.getSelectionModel().select(indexOf(content, chapter));
            open.toFront();
            return open;
        }
        list = new ListView<>();
        list.setId("help-chapters");
        list.getItems().setAll(content.chapters());
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HelpContent.Chapter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.title());
            }
        });
        list.setMinWidth(150);
        VBox page = new VBox(10);
        page.setId("help-page");
        page.setPadding(new Insets(16, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                fill(page, b, scroll);
            }
        });
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.2);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Msg.get("help.title"));
        Scene scene = new Scene(split, 980, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        list.getSelectionModel().select(indexOf(content, chapter));
        stage.show();
        open = stage;
        return stage;
    }

    private static int indexOf(HelpContent content, HelpContent.Chapter chapter) {
        return content.chapters().indexOf(chapter);
    }

    private static void fill(VBox page, HelpContent.Chapter chapter, ScrollPane scroll) {
        page.getChildren().clear();
        Label title = new Label(chapter.title());
        title.getStyleClass().add("help-title");
        page.getChildren().add(title);
        for (HelpContent.Block b : chapter.blocks()) {
            switch (b) {
                case HelpContent.Paragraph p -> page.getChildren().add(text(p.text()));
                case HelpContent.Bullet p -> {
                    Label dot = new Label("•");
                    HBox row = new HBox(8, dot, text(p.text()));
                    page.getChildren().add(row);
                }
                case HelpContent.Image i -> {
                    ImageView view = new ImageView(new Image(HelpWindow.class.getResource(i.resource()).toExternalForm()));
                    view.setPreserveRatio(true);
                    view.fitWidthProperty().bind(scroll.widthProperty().subtract(60));
                    Label caption = new Label(i.caption());
                    caption.getStyleClass().add("table-note");
                    page.getChildren().addAll(view, caption);
                }
            }
        }
        scroll.setVvalue(0);
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("help-text");
        return l;
    }

    /** 关于: the program, its version, where the data is, and the licences (the fonts' included). */
    public static Alert about(Window owner, String version, String dataFile) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", new ButtonType(Msg.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(Msg.get("about.title"));
        a.setHeaderText(Msg.get("about.header", version));
        Label where = new Label(Msg.get("about.data", dataFile));
        where.setWrapText(true);
        TextArea licences = new TextArea(licences());
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefSize(560, 300);
        VBox box = new VBox(10, where, licences);
        a.getDialogPane().setContent(box);
        a.getDialogPane().setId("about-dialog");
        a.show();
        return a;
    }

    static String licences() {
        try (InputStream in = HelpWindow.class.getResourceAsStream("/help/licenses.txt");
             InputStream ofl = HelpWindow.class.getResourceAsStream("/fonts/OFL.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n\n" + new String(ofl.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

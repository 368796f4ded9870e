package juesuan.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import juesuan.i18n.Msg;

/**
 * An ordered list of items, each with its own editor, that can be added to, removed from and reordered.
 * Every change writes the whole list back at once.
 */
public final class ListEditor<T> extends VBox {
    private final Supplier<List<T>> read;
    private final Consumer<List<T>> write;
    private final Supplier<T> blank;
    private final BiFunction<T, Consumer<T>, Node> editorFactory;
    private final VBox rows = new VBox(6);

    /**
     * @param read          the current items
     * @param write         stores a changed list
     * @param blank         a new empty item
     * @param editorFactory builds the editor of one item; it calls the consumer with the changed item
     */
    public ListEditor(String addLabel, Supplier<List<T>> read, Consumer<List<T>> write, Supplier<T> blank,
                      BiFunction<T, Consumer<T>, Node> editorFactory) {
        this.read = read;
        this.write = write;
        this.blank = blank;
        this.editorFactory = editorFactory;
        getStyleClass().add("list-editor");
        setSpacing(8);
        Button add = new Button(addLabel);
        add.getStyleClass().add("list-add");
        add.setOnAction(e -> {
            List<T> items = new ArrayList<>(read.get());
            items.add(blank.get());
            write.accept(items);
            rebuild();
        });
        getChildren().addAll(rows, add);
        rebuild();
    }

    /** The items the rows were last built from. */
    private List<T> shown = List.of();

    /**
     * Rebuilds the rows when the items changed elsewhere (an undo, a restore), unless one of them is being typed in:
     * its text is kept until it is left.
     */
    public void refresh() {
        if (!read.get().equals(shown) && !focusWithin()) {
            rebuild();
        }
    }

    private boolean focusWithin() {
        javafx.scene.Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (javafx.scene.Node n = focus; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Rebuilds the rows from the current items. */
    public void rebuild() {
        rows.getChildren().clear();
        List<T> items = read.get();
        shown = List.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            final int index = i;
            Label number = new Label((i + 1) + ".");
            number.getStyleClass().add("list-number");
            number.setMinWidth(28);
            Node editor = editorFactory.apply(items.get(i), changed -> {
                List<T> next = new ArrayList<>(read.get());
                if (index < next.size() && !next.get(index).equals(changed)) {
                    next.set(index, changed);
                    write.accept(next);
                }
            });
            HBox.setHgrow(editor, Priority.ALWAYS);
            Button up = small("↑", Msg.get("list.up"), () -> swap(index, index - 1));
            Button down = small("↓", Msg.get("list.down"), () -> swap(index, index + 1));
            Button remove = small("✕", Msg.get("list.remove"), () -> {
                List<T> next = new ArrayList<>(read.get());
                next.remove(index);
                write.accept(next);
                rebuild();
            });
            up.setDisable(i == 0);
            down.setDisable(i == items.size() - 1);
            HBox row = new HBox(6, number, editor, up, down, remove);
            row.setAlignment(Pos.TOP_LEFT);
            rows.getChildren().add(row);
        }
    }

    private void swap(int a, int b) {
        List<T> next = new ArrayList<>(read.get());
        if (a < 0 || b < 0 || a >= next.size() || b >= next.size()) {
            return;
        }
        T t = next.get(a);
        next.set(a, next.get(b));
        next.set(b, t);
        write.accept(next);
        rebuild();
    }

    private static Button small(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("list-button");
        b.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}

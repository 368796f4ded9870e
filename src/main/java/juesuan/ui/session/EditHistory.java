package juesuan.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Undo and redo stacks of {@link Edit}s (Ctrl+Z / Ctrl+Y). A paste is one edit, so one undo restores it all. */
public final class EditHistory {
    private static final int LIMIT = 500;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    /** Asked before every edit, undo and redo: true refuses it (the report is 定稿; the guard says so itself). */
    private java.util.function.BooleanSupplier refuse = () -> false;

    public void setGuard(java.util.function.BooleanSupplier refuse) {
        this.refuse = refuse;
    }

    /** Told what each edit, undo and redo did, in words (the session notes it on the version it saves). */
    private java.util.function.Consumer<String> told = s -> { };

    public void setListener(java.util.function.Consumer<String> told) {
        this.told = told;
    }

    /** Applies an edit and records it. */
    public void perform(Edit edit) {
        if (refuse.getAsBoolean()) {
            return;
        }
        told.accept(edit.label()); // before it is applied: its save carries the words
        edit.apply();
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** Undoes the last edit; returns it, or null when there is none. */
    public Edit undo() {
        if (refuse.getAsBoolean()) {
            return null;
        }
        Edit e = undo.poll();
        if (e != null) {
            told.accept(juesuan.i18n.Msg.get("edit.undone", e.label()));
            e.revert();
            redo.push(e);
        }
        update();
        return e;
    }

    public Edit redo() {
        if (refuse.getAsBoolean()) {
            return null;
        }
        Edit e = redo.poll();
        if (e != null) {
            told.accept(juesuan.i18n.Msg.get("edit.redone", e.label()));
            e.apply();
            undo.push(e);
        }
        update();
        return e;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}

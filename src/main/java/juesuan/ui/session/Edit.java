package juesuan.ui.session;

/** One undoable change (a cell, a paste of many cells, a row added…). Undone and redone as a whole. */
public interface Edit {
    /** What the change did, for the status bar: "粘贴 6 个单元格". */
    String label();

    void apply();

    void revert();

    /** Where it was made (null: nowhere in particular); undo and redo bring it into view. */
    default EditPlace place() {
        return null;
    }

    /** An edit from two actions. */
    static Edit of(String label, Runnable apply, Runnable revert) {
        return at(label, null, apply, revert);
    }

    /** An edit from two actions, made at a place. */
    static Edit at(String label, EditPlace place, Runnable apply, Runnable revert) {
        return new Edit() {
            @Override
            public EditPlace place() {
                return place;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }
}

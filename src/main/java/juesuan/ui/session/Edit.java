package juesuan.ui.session;

/** One undoable change (a cell, a paste of many cells, a row added…). Undone and redone as a whole. */
public interface Edit {
    /** What the change did, for the status bar: "粘贴 6 个单元格". */
    String label();

    void apply();

    void revert();

    /** An edit from two actions. */
    static Edit of(String label, Runnable apply, Runnable revert) {
        return new Edit() {
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

package juesuan.ui.sheet;

/** One cell's change, by row and column key, with the value before and after (null = empty). */
public record CellChange(String row, String column, Object before, Object after) {
    public CellChange reversed() {
        return new CellChange(row, column, after, before);
    }
}

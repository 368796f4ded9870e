package juesuan.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The typed (input) cells of one 公开表 in 元. Computed cells are never held here. For 功能分类 tables, the set of
 * 项 rows the unit has is kept too, so a row stays when all its cells are empty.
 */
public final class TableData {
    private final String tableCode;
    private final Set<String> rows = new LinkedHashSet<>();
    private final Map<String, Map<String, BigDecimal>> cells = new LinkedHashMap<>();
    private final Map<String, Map<String, BigDecimal>> printed = new LinkedHashMap<>();

    public TableData(String tableCode) {
        this.tableCode = tableCode;
    }

    public String tableCode() {
        return tableCode;
    }

    /** The chosen rows (功能分类 项 codes) of a table with variable rows. */
    public Set<String> rows() {
        return Collections.unmodifiableSet(rows);
    }

    public void addRow(String code) {
        rows.add(code);
    }

    public void removeRow(String code) {
        rows.remove(code);
        cells.remove(code);
    }

    public BigDecimal get(String row, String column) {
        return get(cells, row, column);
    }

    private static BigDecimal get(Map<String, Map<String, BigDecimal>> map, String row, String column) {
        Map<String, BigDecimal> r = map.get(row);
        return r == null ? null : r.get(column);
    }

    /** Sets a cell; {@code null} clears it. */
    public void set(String row, String column, BigDecimal yuan) {
        put(cells, row, column, yuan);
    }

    /** Sets (or, with null, clears) a cell of a row → column → 元 map, dropping a row left empty. */
    private static void put(Map<String, Map<String, BigDecimal>> map, String row, String column, BigDecimal yuan) {
        if (yuan == null) {
            Map<String, BigDecimal> r = map.get(row);
            if (r != null) {
                r.remove(column);
                if (r.isEmpty()) {
                    map.remove(row);
                }
            }
        } else {
            map.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, yuan.setScale(Money.YUAN_SCALE));
        }
    }

    /** All stored cells, row → column → 元. */
    public Map<String, Map<String, BigDecimal>> cells() {
        return Collections.unmodifiableMap(cells);
    }

    public boolean isEmpty() {
        return cells.isEmpty() && rows.isEmpty() && printed.isEmpty();
    }

    /**
     * The figure a computed cell (a 类/款/合计 row, a 合计 column) prints instead of its exact sum: the 2-decimal 万元
     * figure of a published table, within rounding of the sum. {@code null} when the sum is printed.
     */
    public BigDecimal printed(String row, String column) {
        return get(printed, row, column);
    }

    /** Sets a printed figure of a computed cell; {@code null} prints the sum again. */
    public void setPrinted(String row, String column, BigDecimal yuan) {
        put(printed, row, column, yuan);
    }

    /** All printed figures, row → column → 元. */
    public Map<String, Map<String, BigDecimal>> printed() {
        return Collections.unmodifiableMap(printed);
    }

    /** A copy that later changes to this table do not reach (the amounts themselves are values). */
    public TableData copy() {
        TableData c = new TableData(tableCode);
        c.rows.addAll(rows);
        cells.forEach((row, cols) -> c.cells.put(row, new LinkedHashMap<>(cols)));
        printed.forEach((row, cols) -> c.printed.put(row, new LinkedHashMap<>(cols)));
        return c;
    }
}

package juesuan.calculation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import juesuan.model.ColumnDef;
import juesuan.model.TableTemplate;

/** A table with all its rows laid out and all its computed cells filled. */
public final class ComputedTable {
    private final TableTemplate template;
    private final List<ComputedRow> rows;
    private final Map<String, ComputedRow> byKey = new LinkedHashMap<>();
    private java.util.Set<String> derived = java.util.Set.of();
    private java.util.Set<String> following = java.util.Set.of();
    /** Computed cells that print another figure than their sum: cell → the exact sum. */
    private Map<String, BigDecimal> sums = Map.of();

    ComputedTable(TableTemplate template, List<ComputedRow> rows) {
        this.template = template;
        this.rows = List.copyOf(rows);
        rows.forEach(r -> byKey.put(r.key(), r));
    }

    public TableTemplate template() {
        return template;
    }

    public List<ComputedRow> rows() {
        return rows;
    }

    public Optional<ComputedRow> row(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The value of a cell; zero for an unknown row (a 类 the unit does not have). */
    public BigDecimal value(String row, String column) {
        ComputedRow r = byKey.get(row);
        return r == null ? BigDecimal.ZERO.setScale(2) : r.value(column);
    }

    /**
     * This table with the printed figures of computed cells in place of their sums (the sums are kept, see
     * {@link #sum}). A printed figure for an input cell, or for a row the table does not have, is ignored.
     */
    ComputedTable withPrinted(Map<String, Map<String, BigDecimal>> printed) {
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        List<ComputedRow> out = new java.util.ArrayList<>();
        for (ComputedRow r : rows) {
            Map<String, BigDecimal> p = printed.get(r.key());
            if (p == null) {
                out.add(r);
                continue;
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>(r.values());
            p.forEach((col, v) -> {
                if (values.containsKey(col) && !isInput(r.key(), col) && !isDerived(r.key(), col)) {
                    kept.put(TableCalculator.cell(r.key(), col), values.get(col));
                    values.put(col, v);
                }
            });
            out.add(new ComputedRow(r.key(), r.code(), r.label(), r.level(), r.computed(), r.allowNegative(), values));
        }
        ComputedTable t = new ComputedTable(template, out);
        t.derived = derived;
        t.following = following;
        t.sums = Map.copyOf(kept);
        return t;
    }

    /** Whether a computed cell prints a figure of its own (a published table's) instead of its sum. */
    public boolean isPrinted(String row, String column) {
        return sums.containsKey(TableCalculator.cell(row, column));
    }

    /** The exact sum of a computed cell (the value itself unless a printed figure stands in its place). */
    public BigDecimal sum(String row, String column) {
        BigDecimal s = sums.get(TableCalculator.cell(row, column));
        return s != null ? s : value(row, column);
    }

    void derived(java.util.Set<String> cells) {
        this.derived = java.util.Set.copyOf(cells);
    }

    void following(java.util.Set<String> cells) {
        this.following = java.util.Set.copyOf(cells);
    }

    /**
     * Whether an input cell shows a figure it follows from another table (nothing typed in it; see
     * {@code derivations.json}, "follows"): typing takes it over.
     */
    public boolean isFollowing(String row, String column) {
        return following.contains(TableCalculator.cell(row, column));
    }

    /** Whether a cell takes its value from another table (see {@code derivations.json}). */
    public boolean isDerived(String row, String column) {
        return derived.contains(TableCalculator.cell(row, column));
    }

    /** Whether a cell is typed by the user (neither its row nor its column is computed, nor another table's). */
    public boolean isInput(String row, String column) {
        ComputedRow r = byKey.get(row);
        Optional<ColumnDef> c = template.column(column);
        return r != null && !r.computed() && c.isPresent() && !c.get().computed() && !isDerived(row, column);
    }
}

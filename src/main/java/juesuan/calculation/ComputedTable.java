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

    void derived(java.util.Set<String> cells) {
        this.derived = java.util.Set.copyOf(cells);
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

package juesuan.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juesuan.i18n.Msg;
import juesuan.model.Catalog;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.Money;
import juesuan.model.RowDef;
import juesuan.model.TableData;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;

/** Lays out a table's rows and computes its parent, 合计 and 小计 cells from the typed ones. */
public final class TableCalculator {
    /** Row key of the 合计 row on top of a 功能分类 table. */
    public static final String TOTAL_ROW = "total";

    private TableCalculator() {
    }

    public static ComputedTable compute(TableTemplate template, TableData data, Catalog functions) {
        return compute(template, data, functions, Map.of(), Map.of());
    }

    /**
     * A table whose derived cells (row/column → value, taken from other tables) are filled with the given values
     * instead of what is stored, and count as computed; its following cells (nothing typed in them) are filled with
     * theirs and stay input cells.
     */
    public static ComputedTable compute(TableTemplate template, TableData data, Catalog functions, Map<String, BigDecimal> derived,
                                        Map<String, BigDecimal> following) {
        Map<String, BigDecimal> from = new HashMap<>(following);
        from.putAll(derived);
        ComputedTable t = template.kind() == TableKind.FUNCTION
                ? computeFunction(template, data, functions, from)
                : computeFixed(template, data, from);
        t.derived(derived.keySet());
        t.following(following.keySet());
        return data.printed().isEmpty() ? t : t.withPrinted(data.printed());
    }

    /** The key of a cell in a derived-values map. */
    public static String cell(String row, String column) {
        return row + "/" + column;
    }

    private static ComputedTable computeFixed(TableTemplate t, TableData data, Map<String, BigDecimal> derived) {
        Map<String, RowDef> defs = new LinkedHashMap<>();
        t.rows().forEach(r -> defs.put(r.key(), r));
        Map<String, Map<String, BigDecimal>> memo = new HashMap<>();
        List<ComputedRow> rows = new ArrayList<>();
        for (RowDef r : t.rows()) {
            rows.add(new ComputedRow(r.key(), r.code(), r.label(), r.level(), r.computed(), r.allowNegative(),
                    fixedRow(r.key(), t, defs, data, derived, memo, new HashSet<>())));
        }
        return new ComputedTable(t, rows);
    }

    private static Map<String, BigDecimal> fixedRow(String key, TableTemplate t, Map<String, RowDef> defs, TableData data,
                                                    Map<String, BigDecimal> derived,
                                                    Map<String, Map<String, BigDecimal>> memo, Set<String> visiting) {
        Map<String, BigDecimal> done = memo.get(key);
        if (done != null) {
            return done;
        }
        RowDef def = defs.get(key);
        if (def == null) {
            throw new IllegalStateException(t.code() + ": sum refers to unknown row " + key);
        }
        if (!visiting.add(key)) {
            throw new IllegalStateException(t.code() + ": circular sum at row " + key);
        }
        Map<String, BigDecimal> values;
        if (def.computed()) {
            values = new LinkedHashMap<>();
            for (ColumnDef c : t.columns()) {
                BigDecimal sum = Money.zero();
                for (String child : def.sumOf()) {
                    sum = sum.add(fixedRow(child, t, defs, data, derived, memo, visiting).get(c.key()));
                }
                values.put(c.key(), sum);
            }
        } else {
            values = inputRow(t, data, key, derived);
        }
        visiting.remove(key);
        memo.put(key, values);
        return values;
    }

    private static Map<String, BigDecimal> inputRow(TableTemplate t, TableData data, String row, Map<String, BigDecimal> derived) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ColumnDef c : t.columns()) {
            if (!c.computed()) {
                BigDecimal from = derived.get(cell(row, c.key()));
                values.put(c.key(), from != null ? from : Money.orZero(data.get(row, c.key())));
            }
        }
        for (ColumnDef c : t.columns()) {
            if (c.computed()) {
                values.put(c.key(), columnSum(t, c, values));
            }
        }
        return orderByColumns(t, values);
    }

    private static BigDecimal columnSum(TableTemplate t, ColumnDef c, Map<String, BigDecimal> values) {
        BigDecimal sum = Money.zero();
        for (String part : c.sumOf()) {
            BigDecimal v = values.get(part);
            if (v == null) {
                ColumnDef partDef = t.column(part).orElseThrow(
                        () -> new IllegalStateException(t.code() + ": column " + c.key() + " adds unknown column " + part));
                v = columnSum(t, partDef, values);
            }
            sum = sum.add(v);
        }
        return sum;
    }

    private static Map<String, BigDecimal> orderByColumns(TableTemplate t, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        t.columns().forEach(c -> ordered.put(c.key(), values.get(c.key())));
        return ordered;
    }

    private static ComputedTable computeFunction(TableTemplate t, TableData data, Catalog functions, Map<String, BigDecimal> from) {
        Set<String> leaves = new LinkedHashSet<>(data.rows());
        leaves.addAll(data.cells().keySet());
        Set<String> codes = new HashSet<>();
        for (String leaf : leaves) {
            CatalogEntry e = functions.find(leaf).orElse(null);
            codes.add(leaf);
            while (e != null && e.parentCode() != null) {
                codes.add(e.parentCode());
                e = functions.find(e.parentCode()).orElse(null);
            }
        }
        List<String> ordered = new ArrayList<>(codes);
        ordered.sort(Comparator.comparingInt(functions::order).thenComparing(Comparator.naturalOrder()));

        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (String leaf : leaves) {
            values.put(leaf, inputRow(t, data, leaf, from));
        }
        // Parents from the deepest level up: 款 = Σ项, then 类 = Σ款 — each parent adds its catalog children that have
        // rows, so the work grows with the rows, not with rows × parents.
        List<String> parents = ordered.stream().filter(c -> !leaves.contains(c))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String parent : parents) {
            Map<String, BigDecimal> sum = zeroRow(t);
            for (CatalogEntry child : functions.children(parent)) {
                if (values.containsKey(child.code())) {
                    addInto(sum, values.get(child.code()));
                }
            }
            values.put(parent, sum);
        }
        Map<String, BigDecimal> total = zeroRow(t);
        for (String c : ordered) {
            if (parentOf(c, functions) == null) {
                addInto(total, values.get(c));
            }
        }
        List<ComputedRow> rows = new ArrayList<>();
        rows.add(new ComputedRow(TOTAL_ROW, "", Msg.get("table.total"), 0, true, false, total));
        for (String c : ordered) {
            CatalogEntry e = functions.find(c).orElse(null);
            String label = e == null ? Msg.get("table.codeNotInCatalog", c, functions.year()) : e.name();
            int level = e == null ? 3 : e.level();
            rows.add(new ComputedRow(c, c, label, level, !leaves.contains(c), false, values.get(c)));
        }
        return new ComputedTable(t, rows);
    }

    private static String parentOf(String code, Catalog functions) {
        return functions.find(code).map(CatalogEntry::parentCode).orElse(null);
    }

    private static Map<String, BigDecimal> zeroRow(TableTemplate t) {
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        t.columns().forEach(c -> row.put(c.key(), Money.zero()));
        return row;
    }

    private static void addInto(Map<String, BigDecimal> sum, Map<String, BigDecimal> add) {
        add.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
    }
}

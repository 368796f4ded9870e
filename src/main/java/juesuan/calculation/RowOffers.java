package juesuan.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juesuan.model.Report;
import juesuan.model.RowOffer;
import juesuan.model.TableData;

/**
 * The 项 rows a 功能分类 table does not list yet although the report's other tables say it should (the template's
 * {@code offers}): a code chosen once in 公开02表 is offered in 公开03表, and in 公开05表 when it has 财政拨款.
 */
public final class RowOffers {
    private RowOffers() {
    }

    /** The codes offered to a table, in catalog order, each with the table it is offered from. */
    public static Map<String, String> missing(Report report, ReportFigures figures, String table) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> own = rows(report.table(table));
        for (RowOffer o : figures.template().offers(table)) {
            if (o.when() != null && !figures.holds(o.when()) || o.unless() != null && figures.holds(o.unless())) {
                continue;
            }
            for (String code : rows(report.table(o.from()))) {
                if (own.contains(code) || out.containsKey(code)
                        || o.notIn().stream().anyMatch(t -> rows(report.table(t)).contains(code))) {
                    continue;
                }
                if (o.column() != null && figures.table(o.from()).row(code).map(r -> r.value(o.column()).signum() == 0).orElse(true)) {
                    continue;
                }
                out.put(code, o.from());
            }
        }
        List<String> ordered = new ArrayList<>(out.keySet());
        ordered.sort(java.util.Comparator.comparingInt(figures.template().functions()::order)
                .thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, String> sorted = new LinkedHashMap<>();
        ordered.forEach(c -> sorted.put(c, out.get(c)));
        return sorted;
    }

    private static Set<String> rows(TableData data) {
        Set<String> rows = new java.util.LinkedHashSet<>(data.rows());
        rows.addAll(data.cells().keySet());
        return rows;
    }
}

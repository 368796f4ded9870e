package juesuan.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import juesuan.i18n.Msg;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.Comparison;
import juesuan.model.FieldDef;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.RowDef;
import juesuan.model.TableData;
import juesuan.model.TableTemplate;
import juesuan.model.YearTemplate;
import juesuan.template.TemplateLoader;

/**
 * What loading a copy of a report would change in the one already there, in the officer's words: each figure
 * that differs (table cell, comparison, named figure) with both values in 万元, and each other part that differs
 * (text, 绩效 projects, 名词解释, unit details, 定稿 state) as one line.
 */
public final class ReportDiff {
    private ReportDiff() {
    }

    /** The differences from {@code before} (the copy in the database) to {@code after} (the copy being loaded). */
    public static List<String> between(Report before, Report after) {
        YearTemplate template = TemplateLoader.forReport(after);
        List<String> lines = new ArrayList<>();
        for (String code : new TreeSet<>(union(before.tables().keySet(), after.tables().keySet()))) {
            TableData a = before.tables().getOrDefault(code, new TableData(code));
            TableData b = after.tables().getOrDefault(code, new TableData(code));
            TableTemplate t = template.table(code).orElse(null);
            String title = t == null ? code : t.shortTitle();
            for (String row : new TreeSet<>(union(a.cells().keySet(), b.cells().keySet()))) {
                Map<String, BigDecimal> ra = a.cells().getOrDefault(row, Map.of());
                Map<String, BigDecimal> rb = b.cells().getOrDefault(row, Map.of());
                for (String col : new TreeSet<>(union(ra.keySet(), rb.keySet()))) {
                    figure(lines, Msg.get("diff.cell", title, rowLabel(template, t, row), columnLabel(t, col)), ra.get(col), rb.get(col));
                }
            }
        }
        Function<String, String> comparisonLabel = key -> template.comparisons().stream().filter(c -> c.key().equals(key))
                .findFirst().map(c -> c.label()).orElse(key);
        for (String key : new TreeSet<>(union(before.comparisons().keySet(), after.comparisons().keySet()))) {
            Comparison ca = before.comparison(key);
            Comparison cb = after.comparison(key);
            String label = comparisonLabel.apply(key);
            figure(lines, Msg.get("diff.prior", label), ca.priorFinal(), cb.priorFinal());
            figure(lines, Msg.get("diff.initial", label), ca.initialBudget(), cb.initialBudget());
            figure(lines, Msg.get("diff.fullYear", label), ca.fullYearBudget(), cb.fullYearBudget());
        }
        for (String key : new TreeSet<>(union(before.amounts().keySet(), after.amounts().keySet()))) {
            figure(lines, fieldLabel(template, key), before.amount(key), after.amount(key));
        }
        for (String key : new TreeSet<>(union(before.counts().keySet(), after.counts().keySet()))) {
            if (!Objects.equals(before.count(key), after.count(key))) {
                lines.add(Msg.get("diff.value", fieldLabel(template, key), text(before.count(key)), text(after.count(key))));
            }
        }
        part(lines, "diff.texts", before.texts(), after.texts());
        part(lines, "diff.reasons", before.reasons(), after.reasons());
        part(lines, "diff.overrides", before.overrides(), after.overrides());
        part(lines, "diff.explanations", before.explanations(), after.explanations());
        part(lines, "diff.projects", ReportJson.write(projectsOnly(before)), ReportJson.write(projectsOnly(after)));
        part(lines, "diff.glossary", before.glossary(), after.glossary());
        part(lines, "diff.unit", ReportJson.write(unitOnly(before)), ReportJson.write(unitOnly(after)));
        if (before.isFinal() != after.isFinal() || !before.finalLog().equals(after.finalLog())) {
            lines.add(Msg.get("diff.final", state(before), state(after)));
        }
        return lines;
    }

    private static String state(Report r) {
        return r.isFinal() ? Msg.get("diff.finalVersion", r.lastFinal().orElseThrow().version()) : Msg.get("diff.draft");
    }

    private static Report projectsOnly(Report r) {
        Report copy = new Report(new juesuan.model.Unit("-", "-"), r.fiscalYear(), r.templateYear(), "");
        copy.projects().addAll(r.projects());
        return copy;
    }

    private static Report unitOnly(Report r) {
        return new Report(r.unit(), r.fiscalYear(), r.templateYear(), r.profile());
    }

    private static <T> java.util.Set<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        java.util.Set<T> s = new java.util.LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static void figure(List<String> lines, String label, BigDecimal a, BigDecimal b) {
        boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
        if (!same) {
            lines.add(Msg.get("diff.value", label, a == null ? Msg.get("diff.empty") : Money.formatWan(a),
                    b == null ? Msg.get("diff.empty") : Money.formatWan(b)));
        }
    }

    private static void part(List<String> lines, String key, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            lines.add(Msg.get(key));
        }
    }

    private static String text(Object o) {
        return o == null ? Msg.get("diff.empty") : o.toString();
    }

    private static String rowLabel(YearTemplate template, TableTemplate t, String row) {
        if (t != null) {
            var def = t.row(row);
            if (def.isPresent()) {
                return def.map(RowDef::label).orElse(row);
            }
        }
        return template.functions().find(row).or(() -> template.economics().find(row)).map(CatalogEntry::name)
                .map(name -> row + " " + name).orElse(row);
    }

    private static String columnLabel(TableTemplate t, String col) {
        return t == null ? col : t.column(col).map(ColumnDef::label).orElse(col);
    }

    private static String fieldLabel(YearTemplate template, String key) {
        return template.field(key).map(FieldDef::label).orElse(key);
    }
}

package juesuan.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything that changes from one fiscal year to the next: classifications, table layouts, form fields,
 * comparisons and the default 名词解释. Loaded from versioned resource files, never written in code.
 *
 * @param year                 the fiscal year the template is for
 * @param functions            支出功能分类
 * @param economics            部门预算支出经济分类
 * @param tables               the nine 公开表 in order
 * @param forms                the form sections
 * @param comparisons          fixed comparisons
 * @param comparisonGroups     comparisons made per row of a table (per 类, per 项)
 * @param glossary             the default 名词解释
 * @param inherits             the year this template inherits from (0: none, a base year)
 * @param changes              the classification changes from {@code inherits} to this year
 * @param localCodes           the codes of a report's own added to the shipped catalogs (empty for the shipped template)
 * @param derivations          cells one table takes from others (computed, never typed), and cells that follow
 *                             others until a figure is typed in them
 * @param offers               the 项 rows a 功能分类 table is offered from the report's other tables
 * @param conditions           named shapes of a report ("all its money is 一般公共预算"): each a list of typed cells,
 *                             "TABLE/ROW/COLUMN" with * for any row or column, that must all be empty or zero
 * @param unitTypes            the 单位类型 a unit may have (the rules read them by these exact words)
 */
public record YearTemplate(int year, Catalog functions, Catalog economics, List<TableTemplate> tables,
                           List<FormSection> forms, List<ComparisonDef> comparisons, List<ComparisonGroup> comparisonGroups,
                           List<GlossaryTerm> glossary, int inherits, List<CatalogChange> changes,
                           List<LocalCode> localCodes, List<Derivation> derivations, List<RowOffer> offers,
                           java.util.Map<String, List<String>> conditions, List<String> unitTypes) {
    public YearTemplate {
        offers = List.copyOf(offers);
        conditions = java.util.Map.copyOf(conditions);
        unitTypes = List.copyOf(unitTypes);
        derivations = List.copyOf(derivations);
        changes = List.copyOf(changes);
        localCodes = List.copyOf(localCodes);
        tables = List.copyOf(tables);
        forms = List.copyOf(forms);
        comparisons = List.copyOf(comparisons);
        comparisonGroups = List.copyOf(comparisonGroups);
        glossary = List.copyOf(glossary);
    }

    /** The code a report added itself (新增科目), when the code is one the bureau's imported list does not confirm. */
    public Optional<LocalCode> added(CatalogKind catalog, String code) {
        boolean confirmed = localCodes.stream().anyMatch(c -> c.origin() == LocalCode.Origin.IMPORTED && c.catalog() == catalog
                && c.code().equals(code));
        return confirmed ? Optional.empty() : localCodes.stream().filter(c -> c.origin() == LocalCode.Origin.ADDED
                && c.catalog() == catalog && c.code().equals(code)).findFirst();
    }

    /** The derived and following cells of one table. */
    public List<Derivation> derivations(String table) {
        return derivations.stream().filter(d -> d.table().equals(table)).toList();
    }

    /** The rows offered to one table. */
    public List<RowOffer> offers(String table) {
        return offers.stream().filter(o -> o.table().equals(table)).toList();
    }

    public Optional<TableTemplate> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public TableTemplate requireTable(String code) {
        return table(code).orElseThrow(() -> new IllegalArgumentException("no table " + code + " in template " + year));
    }

    public Optional<FieldDef> field(String key) {
        return forms.stream().flatMap(f -> f.fields().stream()).filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<ComparisonGroup> comparisonGroup(String id) {
        return comparisonGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}

package juesuan.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import juesuan.calculation.Comparisons;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.CatalogKind;
import juesuan.model.ComparisonDef;
import juesuan.model.ComparisonGroup;
import juesuan.model.Indicator;
import juesuan.model.LocalCode;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import juesuan.model.YearTemplate;
import juesuan.template.TemplateLoader;

/**
 * 新建 from last year: a new year's report that starts from an earlier report of the same unit. It carries what
 * stays from year to year (unit details, 职能职责, 单位构成, contacts, 名词解释, the 绩效 projects and their
 * indicators, the text settings, the unit's own codes, its 项 rows and what each 项 is used for) and fills every 上年决算数 with the earlier
 * report's final figures, moving codes the classification renumbered. Figures of the year itself start empty.
 */
public final class Rollover {
    private Rollover() {
    }

    /**
     * The new report and what could not be carried over.
     *
     * @param report   the new report (not stored)
     * @param unmapped one Chinese line per figure or code that had nowhere to go
     * @param filled   how many 上年决算数 were filled
     */
    public record Result(Report report, List<String> unmapped, int filled) {
    }

    /** Builds the report of {@code fiscalYear} from {@code source}, an earlier report of the same unit. */
    public static Result from(Report source, int fiscalYear) {
        int templateYear = TemplateLoader.templateYearFor(fiscalYear);
        return from(source, fiscalYear, TemplateLoader.codeMapping(CatalogKind.FUNCTION, source.templateYear(), templateYear));
    }

    /**
     * The same with the codes that moved between the two years given (old → new, or → null when withdrawn), as the
     * templates' catalog changes say.
     */
    public static Result from(Report source, int fiscalYear, Map<String, String> moved) {
        if (fiscalYear <= source.fiscalYear()) {
            throw new juesuan.failure.UserFailure(Msg.get("rollover.notLater", source.fiscalYear(), fiscalYear));
        }
        YearTemplate sourceTemplate = TemplateLoader.forReport(source);
        int templateYear = TemplateLoader.templateYearFor(fiscalYear);
        List<String> unmapped = new ArrayList<>();

        Report target = new Report(source.unit().copy(), fiscalYear, templateYear, source.profile());
        source.settings().forEach(target::setSetting);
        target.glossary().addAll(source.glossary());
        source.projects().forEach(p -> target.projects().add(carriedProject(p)));
        // what each 项's money is used for (主要用于) stays from year to year, under the code's new number
        source.texts().forEach((key, text) -> {
            if (key.startsWith(Report.USAGE) && !text.isBlank()) {
                String to = mapped(key.substring(Report.USAGE.length()), moved);
                if (to != null) {
                    target.setText(Report.USAGE + to, text);
                }
            }
        });
        for (LocalCode c : source.localCodes()) {
            if (c.origin() != LocalCode.Origin.ADDED) {
                continue; // the bureau's list is per year: the new year's list is imported for it
            }
            String to = mapped(c.code(), moved);
            if (to == null) {
                unmapped.add(Msg.get("rollover.codeWithdrawn", c.code(), c.name(), templateYear));
            } else {
                target.localCodes().add(new LocalCode(c.catalog(), to, c.name(), c.origin()));
            }
        }
        YearTemplate targetTemplate = TemplateLoader.forReport(target);
        // the 项 rows of last year, so the officer types this year's figures beside familiar codes
        for (TableTemplate t : sourceTemplate.tables()) {
            if (t.kind() != TableKind.FUNCTION || targetTemplate.table(t.code()).isEmpty()) {
                continue;
            }
            java.util.Set<String> rows = new java.util.TreeSet<>(source.table(t.code()).rows());
            rows.addAll(source.table(t.code()).cells().keySet());
            for (String row : rows) {
                String to = mapped(row, moved);
                if (to != null && targetTemplate.functions().contains(to)) {
                    target.table(t.code()).addRow(to);
                }
            }
        }

        ReportFigures sourceFigures = new ReportFigures(source, sourceTemplate);
        Comparisons sourceComparisons = new Comparisons(source, sourceFigures);
        List<String> sourceGroups = sourceTemplate.comparisonGroups().stream().map(ComparisonGroup::id).toList();
        int filled = 0;
        for (ComparisonDef d : sourceComparisons.definitions(sourceGroups).values()) {
            BigDecimal last = sourceComparisons.current(d);
            if (last == null) {
                continue;
            }
            String key = targetKey(d.key(), sourceTemplate, targetTemplate, moved);
            if (key == null) {
                if (last.signum() != 0) {
                    unmapped.add(Msg.get("rollover.figureUnmapped", d.label(), juesuan.model.Money.formatWan(last), templateYear));
                }
                continue;
            }
            target.setComparison(key, target.comparison(key).withPriorFinal(last));
            filled++;
        }
        return new Result(target, List.copyOf(unmapped), filled);
    }

    /** A comparison's key in the new year, or null when the new template has no place for it. */
    private static String targetKey(String key, YearTemplate from, YearTemplate to, Map<String, String> moved) {
        if (to.comparisons().stream().anyMatch(c -> c.key().equals(key))) {
            return key;
        }
        for (ComparisonGroup g : from.comparisonGroups()) {
            if (key.startsWith(g.keyPrefix())) {
                String code = mapped(key.substring(g.keyPrefix().length()), moved);
                boolean groupKept = to.comparisonGroup(g.id()).isPresent();
                return code != null && groupKept && to.functions().contains(code) ? to.comparisonGroup(g.id()).get().key(code) : null;
            }
        }
        return null;
    }

    /** A code in the new year: itself, the code it moved to, or null when withdrawn. */
    private static String mapped(String code, Map<String, String> moved) {
        return moved.containsKey(code) ? moved.get(code) : code;
    }

    /** A project as next year starts it: who runs it and how it is measured; no figures, goals or results yet. */
    private static PerformanceProject carriedProject(PerformanceProject p) {
        PerformanceProject c = new PerformanceProject();
        c.setName(p.getName());
        c.setDepartment(p.getDepartment());
        c.setImplementingUnit(p.getImplementingUnit());
        c.setFinanceOffice(p.getFinanceOffice());
        c.setContactPerson(p.getContactPerson());
        c.setContactPhone(p.getContactPhone());
        c.setExecutionWeight(p.getExecutionWeight());
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : p.getIndicators()) {
            indicators.add(new Indicator(i.name(), i.measureUnit(), i.nature(), null, null, null, i.weight(), ""));
        }
        c.setIndicators(indicators);
        return c;
    }
}

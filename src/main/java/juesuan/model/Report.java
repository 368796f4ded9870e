package juesuan.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One 决算公开: a unit in one fiscal year, with every figure and text the published document contains.
 * Amounts are exact 元.
 */
public final class Report {
    private Long id;
    private final Unit unit;
    private final int fiscalYear;
    private int templateYear;
    private String profile;
    private final Map<String, TableData> tables = new LinkedHashMap<>();
    private final Map<String, Comparison> comparisons = new LinkedHashMap<>();
    private final Map<ReasonKey, String> reasons = new LinkedHashMap<>();
    private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<PerformanceProject> projects = new ArrayList<>();
    private final List<GlossaryTerm> glossary = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, TextOverride> overrides = new LinkedHashMap<>();
    private final Map<String, String> explanations = new LinkedHashMap<>();
    private final List<LocalCode> localCodes = new ArrayList<>();
    private final List<FinalEvent> finalLog = new ArrayList<>();
    private Consolidation consolidation;

    public Report(Unit unit, int fiscalYear, int templateYear, String profile) {
        this.unit = unit;
        this.fiscalYear = fiscalYear;
        this.templateYear = templateYear;
        this.profile = profile;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Unit unit() { return unit; }
    public int fiscalYear() { return fiscalYear; }
    public int templateYear() { return templateYear; }
    public void setTemplateYear(int templateYear) { this.templateYear = templateYear; }
    public String profile() { return profile; }
    public void setProfile(String profile) { this.profile = profile; }

    /**
     * Classification codes beyond the shipped catalogs: the year's imported list and the report's own 新增科目,
     * in the order they were added.
     */
    public List<LocalCode> localCodes() { return localCodes; }

    /** The data of one table, created empty on first use. */
    public TableData table(String code) {
        return tables.computeIfAbsent(code, TableData::new);
    }

    public Map<String, TableData> tables() { return tables; }

    public Comparison comparison(String key) {
        return comparisons.getOrDefault(key, Comparison.EMPTY);
    }

    public void setComparison(String key, Comparison c) {
        if (c == null || c.isEmpty()) {
            comparisons.remove(key);
        } else {
            comparisons.put(key, c);
        }
    }

    public Map<String, Comparison> comparisons() { return comparisons; }

    public String reason(String comparisonKey, Basis basis) {
        return reasons.getOrDefault(new ReasonKey(comparisonKey, basis), "");
    }

    public void setReason(String comparisonKey, Basis basis, String text) {
        ReasonKey k = new ReasonKey(comparisonKey, basis);
        if (text == null || text.isBlank()) {
            reasons.remove(k);
        } else {
            reasons.put(k, text);
        }
    }

    public Map<ReasonKey, String> reasons() { return reasons; }

    public BigDecimal amount(String key) { return amounts.get(key); }

    public void setAmount(String key, BigDecimal yuan) {
        if (yuan == null) {
            amounts.remove(key);
        } else {
            amounts.put(key, yuan.setScale(Money.YUAN_SCALE));
        }
    }

    public Map<String, BigDecimal> amounts() { return amounts; }

    public Long count(String key) { return counts.get(key); }

    public void setCount(String key, Long value) {
        if (value == null) {
            counts.remove(key);
        } else {
            counts.put(key, value);
        }
    }

    public Map<String, Long> counts() { return counts; }

    public String text(String key) { return texts.getOrDefault(key, ""); }

    /** The prefix of a 项's 主要用于 among the texts ("usage." + code): written once per code, kept year to year. */
    public static final String USAGE = "usage.";

    public void setText(String key, String value) {
        if (value == null || value.isEmpty()) {
            texts.remove(key);
        } else {
            texts.put(key, value);
        }
    }

    public Map<String, String> texts() { return texts; }

    public List<PerformanceProject> projects() { return projects; }

    public List<GlossaryTerm> glossary() { return glossary; }

    /** Per-report choices (text wording), by key; absent = the profile's default. */
    public String setting(String key) { return settings.get(key); }

    public void setSetting(String key, String value) {
        if (value == null || value.isEmpty()) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }

    public Map<String, String> settings() { return settings; }

    /** 出错说明 of 审核 提示, by finding key. */
    public Map<String, String> explanations() { return explanations; }

    public String explanation(String findingKey) { return explanations.getOrDefault(findingKey, ""); }

    public void setExplanation(String findingKey, String text) {
        if (text == null || text.isBlank()) {
            explanations.remove(findingKey);
        } else {
            explanations.put(findingKey, text);
        }
    }

    /** Rewritten paragraphs of the 情况说明, by paragraph key. */
    public Map<String, TextOverride> overrides() { return overrides; }

    public void setOverride(String paragraphKey, TextOverride override) {
        if (override == null) {
            overrides.remove(paragraphKey);
        } else {
            overrides.put(paragraphKey, override);
        }
    }

    /** What this report was summed from, when it is a 汇总 of its members; null for a unit's own report. */
    public Consolidation consolidation() { return consolidation; }

    public void setConsolidation(Consolidation consolidation) { this.consolidation = consolidation; }

    /** The 定稿 log, oldest first: it only grows. */
    public List<FinalEvent> finalLog() { return finalLog; }

    /** Whether the report is 定稿 now (its last log entry is a 定稿): it is then read-only. */
    public boolean isFinal() {
        return !finalLog.isEmpty() && finalLog.getLast().kind() == FinalEvent.Kind.FINALIZE;
    }

    /** The last 定稿 (the current one when {@link #isFinal()}), if any. */
    public java.util.Optional<FinalEvent> lastFinal() {
        return finalLog.reversed().stream().filter(e -> e.kind() == FinalEvent.Kind.FINALIZE).findFirst();
    }

    /** The version number the next 定稿 gets. */
    public int nextVersion() {
        return lastFinal().map(e -> e.version() + 1).orElse(1);
    }

    /**
     * The codes beyond the shipped catalogs that this report uses: its own 新增科目, and the codes of the year's
     * imported list that are a row of one of its tables or the 类/款 above one. Sorted by catalog and code.
     */
    public List<LocalCode> usedLocalCodes() {
        java.util.Set<String> rows = new java.util.HashSet<>();
        tables.values().forEach(t -> rows.addAll(t.rows()));
        return localCodes.stream()
                .filter(c -> c.origin() == LocalCode.Origin.ADDED || rows.stream().anyMatch(r -> r.startsWith(c.code())))
                .sorted(java.util.Comparator.comparing(LocalCode::catalog).thenComparing(LocalCode::code))
                .toList();
    }

    /**
     * A copy of the whole report that later changes to this one do not reach: what a background task (审核, the
     * document) works on while the officer keeps typing. Its parts are copied, their values (amounts, texts,
     * records) shared.
     */
    public Report copy() {
        Report c = new Report(unit.copy(), fiscalYear, templateYear, profile);
        c.id = id;
        tables.forEach((k, t) -> c.tables.put(k, t.copy()));
        c.comparisons.putAll(comparisons);
        c.reasons.putAll(reasons);
        c.amounts.putAll(amounts);
        c.counts.putAll(counts);
        c.texts.putAll(texts);
        projects.forEach(p -> {
            PerformanceProject pc = p.copy();
            pc.setId(p.getId());
            c.projects.add(pc);
        });
        c.glossary.addAll(glossary);
        c.settings.putAll(settings);
        c.overrides.putAll(overrides);
        c.explanations.putAll(explanations);
        c.localCodes.addAll(localCodes);
        c.finalLog.addAll(finalLog);
        c.consolidation = consolidation;
        return c;
    }
}

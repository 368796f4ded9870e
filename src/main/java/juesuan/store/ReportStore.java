package juesuan.store;

import static juesuan.store.jooq.Tables.AUDIT_EXPLANATION;
import static juesuan.store.jooq.Tables.CATALOG_CODE;
import static juesuan.store.jooq.Tables.CONSOLIDATION_ELIMINATION;
import static juesuan.store.jooq.Tables.CONSOLIDATION_MEMBER;
import static juesuan.store.jooq.Tables.UNIT_NODE;
import static juesuan.store.jooq.Tables.REPORT_CODE;
import static juesuan.store.jooq.Tables.REPORT_FINAL_EVENT;
import static juesuan.store.jooq.Tables.COMPARISON;
import static juesuan.store.jooq.Tables.GLOSSARY_TERM;
import static juesuan.store.jooq.Tables.NARRATIVE_OVERRIDE;
import static juesuan.store.jooq.Tables.PERF_INDICATOR;
import static juesuan.store.jooq.Tables.PERF_PROJECT;
import static juesuan.store.jooq.Tables.REASON;
import static juesuan.store.jooq.Tables.REPORT;
import static juesuan.store.jooq.Tables.REPORT_AMOUNT;
import static juesuan.store.jooq.Tables.REPORT_COUNT;
import static juesuan.store.jooq.Tables.REPORT_SETTING;
import static juesuan.store.jooq.Tables.REPORT_TEXT;
import static juesuan.store.jooq.Tables.TABLE_CELL;
import static juesuan.store.jooq.Tables.TABLE_ROW;
import static juesuan.store.jooq.Tables.TABLE_PRINTED;
import static juesuan.store.jooq.Tables.UNIT;
import static juesuan.store.jooq.Tables.REPORT_UNIT_ITEM;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import juesuan.model.Basis;
import juesuan.model.CatalogKind;
import juesuan.model.LocalCode;
import juesuan.model.Comparison;
import juesuan.model.Consolidation;
import juesuan.model.UnitNode;
import juesuan.model.UnitTree;
import juesuan.model.FinalEvent;
import juesuan.model.GlossaryTerm;
import juesuan.model.Indicator;
import juesuan.model.IndicatorNature;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.ReasonKey;
import juesuan.model.Report;
import juesuan.model.TableData;
import juesuan.model.TextOverride;
import juesuan.model.Unit;
import juesuan.model.UnitItemKind;
import juesuan.store.jooq.tables.records.PerfProjectRecord;
import juesuan.store.jooq.tables.records.ReportRecord;
import juesuan.i18n.Msg;
import java.util.LinkedHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;

/**
 * Reads and writes reports. Every public write runs in one transaction: either all of it is stored or nothing.
 */
public final class ReportStore {
    private final DSLContext dsl;
    private final java.nio.file.Path file;
    /** The database, for whole-database backups (null for a store on a test's own jOOQ context). */
    private final Database db;
    /** A store handed to a transaction's work: its own writes join that transaction. */
    private final boolean inTransaction;

    /** The tables that hold a report's content by {@code report_id} (its unit details and indicators aside). */
    private static final List<Table<?>> CONTENT_TABLES = List.of(TABLE_ROW, TABLE_CELL, COMPARISON, REASON, REPORT_AMOUNT,
            REPORT_COUNT, REPORT_TEXT, PERF_PROJECT, GLOSSARY_TERM, REPORT_SETTING, NARRATIVE_OVERRIDE, AUDIT_EXPLANATION, REPORT_CODE, TABLE_PRINTED,
            CONSOLIDATION_MEMBER, CONSOLIDATION_ELIMINATION);

    @SuppressWarnings("unchecked")
    private static Field<Long> reportId(Table<?> table) {
        return (Field<Long>) table.field("REPORT_ID");
    }

    /** A bulk read asks for at most this many ids in one query (a long IN list is slow in H2). */
    private static final int IN_LIST_LIMIT = 40;

    /**
     * A long list cut into groups of a few dozen, in order: what {@link #loadAll} reads in one query, and how callers
     * that must not hold hundreds of reports at once (the check on open, the history of a load, a 汇总) walk them.
     */
    public static <T> List<List<T>> groups(List<T> items) {
        List<List<T>> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i += IN_LIST_LIMIT) {
            out.add(items.subList(i, Math.min(items.size(), i + IN_LIST_LIMIT)));
        }
        return out;
    }

    public ReportStore(Database db) {
        this.dsl = db.dsl();
        this.file = db.file();
        this.db = db;
        this.inTransaction = false;
    }

    /** The whole-database backups kept beside this database, newest first. */
    public List<java.nio.file.Path> databaseBackups() {
        return Database.backups(file);
    }

    /** A unit's report of a year as it was in a whole-database backup, if the backup has it. */
    public static Optional<Report> inBackup(java.nio.file.Path zip, String unitCode, int fiscalYear) {
        try (Database backup = Database.openBackup(zip)) {
            return new ReportStore(backup).find(unitCode, fiscalYear);
        }
    }

    /** Takes a whole-database backup into the backup folder beside the database (see {@link Database#backup}). */
    public java.nio.file.Path backup(String occasion) {
        if (db == null) {
            throw new IllegalStateException("no database to back up");
        }
        return db.backup(occasion);
    }

    // ------------------------------------------------------------------ reading

    public List<ReportSummary> list() {
        return dsl.select(REPORT.ID, UNIT.CODE, REPORT.UNIT_NAME, REPORT.FISCAL_YEAR, REPORT.REVISION, REPORT.TEMPLATE_YEAR)
                .from(REPORT).join(UNIT).on(UNIT.ID.eq(REPORT.UNIT_ID))
                .orderBy(UNIT.CODE, REPORT.FISCAL_YEAR)
                .fetch(r -> new ReportSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The report's revision: raised by one with every committed write. */
    public long revision(long reportId) {
        return dsl.select(REPORT.REVISION).from(REPORT).where(REPORT.ID.eq(reportId)).fetchOptional(REPORT.REVISION)
                .orElseThrow(() -> new StoreException(Msg.get("store.noReport", reportId)));
    }

    /**
     * How many stored rows a report has in each table: a cheap fingerprint, recorded with each saved version in
     * the history and compared when the database is opened.
     */
    public Map<String, Integer> rowCounts(long reportId) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Table<?> t : CONTENT_TABLES) {
            counts.put(t.getName().toLowerCase(java.util.Locale.ROOT), dsl.fetchCount(t, reportId(t).eq(reportId)));
        }
        counts.put("perf_indicator", dsl.fetchCount(PERF_INDICATOR, PERF_INDICATOR.PROJECT_ID.in(
                dsl.select(PERF_PROJECT.ID).from(PERF_PROJECT).where(PERF_PROJECT.REPORT_ID.eq(reportId)))));
        // the key stays "unit_item" (the items moved from the unit to each report in V5): versions saved before keep matching
        counts.put("unit_item", dsl.fetchCount(REPORT_UNIT_ITEM, REPORT_UNIT_ITEM.REPORT_ID.eq(reportId)));
        return counts;
    }

    /** {@link #rowCounts} of every report at once (a few grouped queries), by report id. */
    public Map<Long, Map<String, Integer>> rowCountsAll() {
        Map<Long, Map<String, Integer>> all = new java.util.HashMap<>();
        List<String> keys = new java.util.ArrayList<>();
        for (Table<?> t : CONTENT_TABLES) {
            keys.add(t.getName().toLowerCase(java.util.Locale.ROOT));
        }
        keys.add("perf_indicator");
        keys.add("unit_item");
        for (Long id : dsl.select(REPORT.ID).from(REPORT).fetch(REPORT.ID)) {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            keys.forEach(k -> counts.put(k, 0));
            all.put(id, counts);
        }
        for (Table<?> t : CONTENT_TABLES) {
            String key = t.getName().toLowerCase(java.util.Locale.ROOT);
            dsl.select(reportId(t), org.jooq.impl.DSL.count()).from(t).groupBy(reportId(t))
                    .forEach(r -> all.computeIfPresent(r.value1(), (id, m) -> { m.put(key, r.value2()); return m; }));
        }
        dsl.select(PERF_PROJECT.REPORT_ID, org.jooq.impl.DSL.count()).from(PERF_INDICATOR).join(PERF_PROJECT)
                .on(PERF_PROJECT.ID.eq(PERF_INDICATOR.PROJECT_ID)).groupBy(PERF_PROJECT.REPORT_ID)
                .forEach(r -> all.computeIfPresent(r.value1(), (id, m) -> { m.put("perf_indicator", r.value2()); return m; }));
        dsl.select(REPORT_UNIT_ITEM.REPORT_ID, org.jooq.impl.DSL.count()).from(REPORT_UNIT_ITEM).groupBy(REPORT_UNIT_ITEM.REPORT_ID)
                .forEach(r -> all.computeIfPresent(r.value1(), (id, m) -> { m.put("unit_item", r.value2()); return m; }));
        return all;
    }

    public Optional<Report> find(String unitCode, int fiscalYear) {
        return dsl.select(REPORT.ID).from(REPORT).join(UNIT).on(UNIT.ID.eq(REPORT.UNIT_ID))
                .where(UNIT.CODE.eq(unitCode)).and(REPORT.FISCAL_YEAR.eq(fiscalYear))
                .fetchOptional(REPORT.ID).map(this::load);
    }

    /** Loads a whole report: unit, tables, comparisons, reasons, figures, texts, projects and 名词解释. */
    public Report load(long reportId) {
        Report r = loadAll(List.of(reportId)).get(reportId);
        if (r == null) {
            throw new StoreException(Msg.get("store.noReport", reportId));
        }
        return r;
    }

    /**
     * Loads many whole reports at once, by id (every report of the database when {@code ids} is null): one query per
     * table for all of them, so the check on open and a 汇总 of hundreds of units read the database once. Ids that do
     * not exist are left out. In the order of the ids given (by id when all).
     */
    public Map<Long, Report> loadAll(java.util.Collection<Long> ids) {
        if (ids != null && ids.size() > IN_LIST_LIMIT) {
            // a long IN list is slow in H2: read the ids a few dozen at a time
            Map<Long, Report> out = new LinkedHashMap<>();
            groups(List.copyOf(ids)).forEach(group -> out.putAll(loadAll(group)));
            return out;
        }
        java.util.function.Function<Field<Long>, org.jooq.Condition> of = f -> ids == null ? org.jooq.impl.DSL.trueCondition() : f.in(ids);
        Map<Long, Report> out = new LinkedHashMap<>();
        if (ids != null) {
            ids.forEach(id -> out.put(id, null));
        }
        Map<Long, Unit> units = new java.util.HashMap<>();
        Map<Long, String> unitCodes = new java.util.HashMap<>();
        dsl.select(UNIT.ID, UNIT.CODE).from(UNIT).where(UNIT.ID.in(dsl.select(REPORT.UNIT_ID).from(REPORT).where(of.apply(REPORT.ID))))
                .forEach(u -> unitCodes.put(u.value1(), u.value2()));
        for (ReportRecord rr : dsl.selectFrom(REPORT).where(of.apply(REPORT.ID)).orderBy(REPORT.ID).fetch()) {
            Unit unit = new Unit(unitCodes.get(rr.getUnitId()), rr.getUnitName());
            unit.setId(rr.getUnitId());
            unit.setSupervisor(rr.getSupervisor());
            unit.setUnitType(rr.getUnitType());
            unit.setContactPerson(rr.getContactPerson());
            unit.setContactPhone(rr.getContactPhone());
            units.put(rr.getId(), unit);
            Report report = new Report(unit, rr.getFiscalYear(), rr.getTemplateYear(), rr.getProfile());
            report.setId(rr.getId());
            out.put(rr.getId(), report);
        }
        out.values().removeIf(java.util.Objects::isNull);
        if (out.isEmpty()) {
            return out;
        }
        dsl.selectFrom(REPORT_UNIT_ITEM).where(of.apply(REPORT_UNIT_ITEM.REPORT_ID))
                .orderBy(REPORT_UNIT_ITEM.REPORT_ID, REPORT_UNIT_ITEM.KIND, REPORT_UNIT_ITEM.SEQ)
                .forEach(i -> units.get(i.getReportId()).items(UnitItemKind.valueOf(i.getKind())).add(i.getBody()));
        dsl.selectFrom(TABLE_ROW).where(of.apply(TABLE_ROW.REPORT_ID)).orderBy(TABLE_ROW.REPORT_ID, TABLE_ROW.TABLE_CODE, TABLE_ROW.ROW_CODE)
                .forEach(r -> out.get(r.getReportId()).table(r.getTableCode()).addRow(r.getRowCode()));
        dsl.selectFrom(TABLE_CELL).where(of.apply(TABLE_CELL.REPORT_ID))
                .orderBy(TABLE_CELL.REPORT_ID, TABLE_CELL.TABLE_CODE, TABLE_CELL.ROW_CODE, TABLE_CELL.COL_CODE)
                .forEach(r -> out.get(r.getReportId()).table(r.getTableCode()).set(r.getRowCode(), r.getColCode(), r.getAmount()));
        dsl.selectFrom(TABLE_PRINTED).where(of.apply(TABLE_PRINTED.REPORT_ID))
                .orderBy(TABLE_PRINTED.REPORT_ID, TABLE_PRINTED.TABLE_CODE, TABLE_PRINTED.ROW_CODE, TABLE_PRINTED.COL_CODE)
                .forEach(r -> out.get(r.getReportId()).table(r.getTableCode()).setPrinted(r.getRowCode(), r.getColCode(), r.getAmount()));
        dsl.selectFrom(COMPARISON).where(of.apply(COMPARISON.REPORT_ID)).orderBy(COMPARISON.REPORT_ID, COMPARISON.ITEM_KEY)
                .forEach(r -> out.get(r.getReportId()).setComparison(r.getItemKey(),
                        new Comparison(r.getPriorFinal(), r.getInitialBudget(), r.getFullYearBudget())));
        dsl.selectFrom(REASON).where(of.apply(REASON.REPORT_ID)).orderBy(REASON.REPORT_ID, REASON.ITEM_KEY, REASON.BASIS)
                .forEach(r -> out.get(r.getReportId()).setReason(r.getItemKey(), Basis.valueOf(r.getBasis()), r.getBody()));
        dsl.selectFrom(REPORT_AMOUNT).where(of.apply(REPORT_AMOUNT.REPORT_ID)).orderBy(REPORT_AMOUNT.REPORT_ID, REPORT_AMOUNT.ITEM_KEY)
                .forEach(r -> out.get(r.getReportId()).setAmount(r.getItemKey(), r.getAmount()));
        dsl.selectFrom(REPORT_COUNT).where(of.apply(REPORT_COUNT.REPORT_ID)).orderBy(REPORT_COUNT.REPORT_ID, REPORT_COUNT.ITEM_KEY)
                .forEach(r -> out.get(r.getReportId()).setCount(r.getItemKey(), r.getQuantity()));
        dsl.selectFrom(REPORT_TEXT).where(of.apply(REPORT_TEXT.REPORT_ID)).orderBy(REPORT_TEXT.REPORT_ID, REPORT_TEXT.ITEM_KEY)
                .forEach(r -> out.get(r.getReportId()).setText(r.getItemKey(), r.getBody()));
        Map<Long, List<Indicator>> indicators = new java.util.HashMap<>();
        dsl.select(PERF_INDICATOR.fields()).from(PERF_INDICATOR).join(PERF_PROJECT).on(PERF_PROJECT.ID.eq(PERF_INDICATOR.PROJECT_ID))
                .where(of.apply(PERF_PROJECT.REPORT_ID)).orderBy(PERF_INDICATOR.PROJECT_ID, PERF_INDICATOR.SEQ)
                .fetchInto(PERF_INDICATOR)
                .forEach(i -> indicators.computeIfAbsent(i.getProjectId(), k -> new java.util.ArrayList<>()).add(new Indicator(
                        i.getName(), i.getMeasureUnit(), IndicatorNature.fromText(i.getNature()).orElse(IndicatorNature.AT_LEAST),
                        strip(i.getTargetValue()), strip(i.getActualValue()), strip(i.getScoreCoefficient()),
                        strip(i.getWeight()), i.getNote())));
        for (PerfProjectRecord p : dsl.selectFrom(PERF_PROJECT).where(of.apply(PERF_PROJECT.REPORT_ID))
                .orderBy(PERF_PROJECT.REPORT_ID, PERF_PROJECT.SEQ).fetch()) {
            PerformanceProject project = project(p);
            project.getIndicators().addAll(indicators.getOrDefault(p.getId(), List.of()));
            out.get(p.getReportId()).projects().add(project);
        }
        dsl.selectFrom(GLOSSARY_TERM).where(of.apply(GLOSSARY_TERM.REPORT_ID)).orderBy(GLOSSARY_TERM.REPORT_ID, GLOSSARY_TERM.SEQ)
                .forEach(r -> out.get(r.getReportId()).glossary().add(new GlossaryTerm(r.getTerm(), r.getDefinition())));
        dsl.selectFrom(REPORT_SETTING).where(of.apply(REPORT_SETTING.REPORT_ID)).orderBy(REPORT_SETTING.REPORT_ID, REPORT_SETTING.SETTING_KEY)
                .forEach(r -> out.get(r.getReportId()).setSetting(r.getSettingKey(), r.getSettingValue()));
        dsl.selectFrom(NARRATIVE_OVERRIDE).where(of.apply(NARRATIVE_OVERRIDE.REPORT_ID))
                .orderBy(NARRATIVE_OVERRIDE.REPORT_ID, NARRATIVE_OVERRIDE.PARAGRAPH_KEY)
                .forEach(r -> out.get(r.getReportId()).setOverride(r.getParagraphKey(), new TextOverride(r.getBody(), r.getGenerated())));
        dsl.selectFrom(AUDIT_EXPLANATION).where(of.apply(AUDIT_EXPLANATION.REPORT_ID))
                .orderBy(AUDIT_EXPLANATION.REPORT_ID, AUDIT_EXPLANATION.FINDING_KEY)
                .forEach(r -> out.get(r.getReportId()).setExplanation(r.getFindingKey(), r.getBody()));
        Map<Integer, List<LocalCode>> yearCodes = new java.util.HashMap<>();
        out.values().forEach(r -> r.localCodes().addAll(yearCodes.computeIfAbsent(r.fiscalYear(), this::yearCodes)));
        dsl.selectFrom(REPORT_CODE).where(of.apply(REPORT_CODE.REPORT_ID)).orderBy(REPORT_CODE.REPORT_ID, REPORT_CODE.CATALOG, REPORT_CODE.CODE)
                .forEach(r -> out.get(r.getReportId()).localCodes().add(new LocalCode(CatalogKind.valueOf(r.getCatalog()), r.getCode(),
                        r.getName(), LocalCode.Origin.ADDED)));
        dsl.selectFrom(REPORT_FINAL_EVENT).where(of.apply(REPORT_FINAL_EVENT.REPORT_ID))
                .orderBy(REPORT_FINAL_EVENT.REPORT_ID, REPORT_FINAL_EVENT.SEQ)
                .forEach(r -> out.get(r.getReportId()).finalLog().add(finalEvent(r)));
        Map<Long, List<Consolidation.Member>> members = new java.util.HashMap<>();
        Map<Long, java.time.LocalDateTime> at = new java.util.HashMap<>();
        dsl.selectFrom(CONSOLIDATION_MEMBER).where(of.apply(CONSOLIDATION_MEMBER.REPORT_ID))
                .orderBy(CONSOLIDATION_MEMBER.REPORT_ID, CONSOLIDATION_MEMBER.SEQ).forEach(m -> {
                    at.putIfAbsent(m.getReportId(), m.getAtTime());
                    members.computeIfAbsent(m.getReportId(), k -> new java.util.ArrayList<>()).add(new Consolidation.Member(
                            m.getUnitCode(), m.getUnitName(), m.getRevision(), m.getDigest()));
                });
        if (!members.isEmpty()) {
            Map<Long, List<Consolidation.Elimination>> eliminations = new java.util.HashMap<>();
            dsl.selectFrom(CONSOLIDATION_ELIMINATION).where(of.apply(CONSOLIDATION_ELIMINATION.REPORT_ID))
                    .orderBy(CONSOLIDATION_ELIMINATION.REPORT_ID, CONSOLIDATION_ELIMINATION.SEQ)
                    .forEach(e -> eliminations.computeIfAbsent(e.getReportId(), k -> new java.util.ArrayList<>()).add(
                            new Consolidation.Elimination(e.getFlow(), e.getRowCode(), e.getPaid(), e.getReceived(), e.getEliminated())));
            members.forEach((id, list) -> out.get(id).setConsolidation(new Consolidation(at.get(id), list,
                    eliminations.getOrDefault(id, List.of()))));
        }
        return out;
    }

    private void writeConsolidation(long reportId, Consolidation c) {
        int seq = 1;
        for (Consolidation.Member m : c.members()) {
            dsl.insertInto(CONSOLIDATION_MEMBER).set(CONSOLIDATION_MEMBER.REPORT_ID, reportId).set(CONSOLIDATION_MEMBER.SEQ, seq++)
                    .set(CONSOLIDATION_MEMBER.UNIT_CODE, m.code()).set(CONSOLIDATION_MEMBER.UNIT_NAME, m.name())
                    .set(CONSOLIDATION_MEMBER.REVISION, m.revision()).set(CONSOLIDATION_MEMBER.DIGEST, m.digest())
                    .set(CONSOLIDATION_MEMBER.AT_TIME, c.at()).execute();
        }
        seq = 1;
        for (Consolidation.Elimination e : c.eliminations()) {
            dsl.insertInto(CONSOLIDATION_ELIMINATION).set(CONSOLIDATION_ELIMINATION.REPORT_ID, reportId)
                    .set(CONSOLIDATION_ELIMINATION.SEQ, seq++).set(CONSOLIDATION_ELIMINATION.FLOW, e.flow())
                    .set(CONSOLIDATION_ELIMINATION.ROW_CODE, e.code()).set(CONSOLIDATION_ELIMINATION.PAID, e.paid())
                    .set(CONSOLIDATION_ELIMINATION.RECEIVED, e.received()).set(CONSOLIDATION_ELIMINATION.ELIMINATED, e.eliminated())
                    .execute();
        }
    }

    /** The revision of every report of a fiscal year, by unit code: what a consolidated report compares its members with. */
    public Map<String, Long> revisions(int fiscalYear) {
        Map<String, Long> out = new LinkedHashMap<>();
        dsl.select(UNIT.CODE, REPORT.REVISION).from(REPORT).join(UNIT).on(UNIT.ID.eq(REPORT.UNIT_ID))
                .where(REPORT.FISCAL_YEAR.eq(fiscalYear)).orderBy(UNIT.CODE)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    // ------------------------------------------------------------------ the unit tree of a year

    /** The unit tree of a fiscal year (empty when none was made). */
    public UnitTree unitTree(int fiscalYear) {
        return new UnitTree(fiscalYear, dsl.selectFrom(UNIT_NODE).where(UNIT_NODE.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(UNIT_NODE.SEQ).fetch(n -> new UnitNode(n.getCode(), n.getName(), n.getParentCode(), n.getIsSelf())));
    }

    /** Replaces a year's unit tree, in one transaction. */
    public void saveUnitTree(UnitTree tree) {
        tx(t -> {
            t.writeUnitTree(tree);
            return null;
        });
    }

    /** Adds nodes at the end of a year's tree (a loaded unit placed), in one transaction; the tree is checked whole. */
    public void addUnitNodes(int fiscalYear, List<UnitNode> added) {
        tx(t -> {
            List<UnitNode> all = new java.util.ArrayList<>(t.unitTree(fiscalYear).nodes());
            all.addAll(added);
            new UnitTree(fiscalYear, all); // refuses a node twice, a missing parent, two 本级
            int seq = t.dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(UNIT_NODE.SEQ), 0)).from(UNIT_NODE)
                    .where(UNIT_NODE.FISCAL_YEAR.eq(fiscalYear)).fetchSingle().value1();
            for (UnitNode n : added) {
                t.dsl.insertInto(UNIT_NODE).set(UNIT_NODE.FISCAL_YEAR, fiscalYear).set(UNIT_NODE.CODE, n.code())
                        .set(UNIT_NODE.NAME, n.name()).set(UNIT_NODE.PARENT_CODE, n.parent()).set(UNIT_NODE.IS_SELF, n.self())
                        .set(UNIT_NODE.SEQ, ++seq).execute();
            }
            return null;
        });
    }

    private void writeUnitTree(UnitTree tree) {
        dsl.deleteFrom(UNIT_NODE).where(UNIT_NODE.FISCAL_YEAR.eq(tree.fiscalYear())).execute();
        int seq = 1;
        for (UnitNode n : tree.nodes()) {
            dsl.insertInto(UNIT_NODE).set(UNIT_NODE.FISCAL_YEAR, tree.fiscalYear()).set(UNIT_NODE.CODE, n.code())
                    .set(UNIT_NODE.NAME, n.name()).set(UNIT_NODE.PARENT_CODE, n.parent()).set(UNIT_NODE.IS_SELF, n.self())
                    .set(UNIT_NODE.SEQ, seq++).execute();
        }
    }

    /**
     * Stores a consolidated report: the department's report is created or its contents replaced (its 定稿 log is
     * kept; a 定稿 report is refused), in one transaction with the year's tree. Returns the report id.
     */
    public long saveConsolidated(Report report, UnitTree tree) {
        return tx(t -> {
            t.writeUnitTree(tree);
            Long existing = t.dsl.select(REPORT.ID).from(REPORT).join(UNIT).on(UNIT.ID.eq(REPORT.UNIT_ID))
                    .where(UNIT.CODE.eq(report.unit().getCode())).and(REPORT.FISCAL_YEAR.eq(report.fiscalYear()))
                    .fetchOptional(REPORT.ID).orElse(null);
            if (existing == null) {
                long unitId = t.upsertUnit(report.unit());
                long id = t.dsl.insertInto(REPORT, REPORT.UNIT_ID, REPORT.FISCAL_YEAR, REPORT.TEMPLATE_YEAR, REPORT.PROFILE,
                                REPORT.REVISION)
                        .values(unitId, report.fiscalYear(), report.templateYear(), report.profile(), 1L)
                        .returningResult(REPORT.ID).fetchSingle().value1();
                t.writeUnitDetails(id, report.unit());
                t.writeContents(id, report);
                report.setId(id);
                return id;
            }
            t.replaceContentsInTx(existing, report);
            t.bump(existing);
            report.setId(existing);
            return existing;
        });
    }

    /** A report's 定稿 log, oldest first. */
    public List<FinalEvent> finalLog(long reportId) {
        return dsl.selectFrom(REPORT_FINAL_EVENT).where(REPORT_FINAL_EVENT.REPORT_ID.eq(reportId)).orderBy(REPORT_FINAL_EVENT.SEQ)
                .fetch(ReportStore::finalEvent);
    }

    private static FinalEvent finalEvent(juesuan.store.jooq.tables.records.ReportFinalEventRecord r) {
        return new FinalEvent(FinalEvent.Kind.valueOf(r.getKind()), r.getAtTime(), r.getOsUser(), r.getPerson(),
                r.getVersion(), r.getDigest(), r.getReason());
    }

    /** Whether a report is 定稿 (its last log entry is a 定稿): every write to it is then refused. */
    public boolean isFinal(long reportId) {
        return dsl.select(REPORT_FINAL_EVENT.KIND).from(REPORT_FINAL_EVENT).where(REPORT_FINAL_EVENT.REPORT_ID.eq(reportId))
                .orderBy(REPORT_FINAL_EVENT.SEQ.desc()).limit(1).fetchOptional(REPORT_FINAL_EVENT.KIND)
                .map(FinalEvent.Kind.FINALIZE.name()::equals).orElse(false);
    }

    // ------------------------------------------------------------------ 定稿

    /**
     * Adds an entry to a report's 定稿 log (a 定稿 or a 解除定稿) in one transaction. A 定稿 is refused when the report
     * is already final, an unlock when it is not; the caller has checked the 审核 and computed the digest.
     */
    public void appendFinalEvent(long reportId, FinalEvent event) {
        tx(t -> {
            boolean isFinal = t.isFinal(reportId);
            if (event.kind() == FinalEvent.Kind.FINALIZE && isFinal) {
                throw new StoreException(Msg.get("store.alreadyFinal"));
            }
            if (event.kind() == FinalEvent.Kind.UNLOCK && !isFinal) {
                throw new StoreException(Msg.get("store.notFinal"));
            }
            t.writeFinalEvent(reportId, event);
            t.bumpRevision(reportId);
            return null;
        });
    }

    /**
     * Replaces a report's whole content and its 定稿 log by a handed-over copy (装入 on the receiving side), in one
     * transaction: the sender's 定稿 travels with the data, so a final copy arrives final.
     */
    public void replaceWithHandedOver(long reportId, Report report) {
        tx(t -> {
            t.dsl.deleteFrom(REPORT_FINAL_EVENT).where(REPORT_FINAL_EVENT.REPORT_ID.eq(reportId)).execute();
            t.replaceContentsInTx(reportId, report);
            report.finalLog().forEach(e -> t.writeFinalEvent(reportId, e));
            t.bumpRevision(reportId);
            return null;
        });
        report.setId(reportId);
    }

    private void writeFinalEvent(long reportId, FinalEvent e) {
        int seq = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(REPORT_FINAL_EVENT.SEQ), 0)).from(REPORT_FINAL_EVENT)
                .where(REPORT_FINAL_EVENT.REPORT_ID.eq(reportId)).fetchSingle().value1() + 1;
        dsl.insertInto(REPORT_FINAL_EVENT).set(REPORT_FINAL_EVENT.REPORT_ID, reportId).set(REPORT_FINAL_EVENT.SEQ, seq)
                .set(REPORT_FINAL_EVENT.KIND, e.kind().name()).set(REPORT_FINAL_EVENT.AT_TIME, e.at())
                .set(REPORT_FINAL_EVENT.OS_USER, e.osUser()).set(REPORT_FINAL_EVENT.PERSON, e.person())
                .set(REPORT_FINAL_EVENT.VERSION, e.version()).set(REPORT_FINAL_EVENT.DIGEST, e.digest())
                .set(REPORT_FINAL_EVENT.REASON, e.reason()).execute();
    }

    /** The codes of the bureau's list imported for a fiscal year, in code order. */
    public List<LocalCode> yearCodes(int fiscalYear) {
        return dsl.selectFrom(CATALOG_CODE).where(CATALOG_CODE.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(CATALOG_CODE.CATALOG, CATALOG_CODE.CODE)
                .fetch(r -> new LocalCode(CatalogKind.valueOf(r.getCatalog()), r.getCode(), r.getName(), LocalCode.Origin.IMPORTED));
    }

    /**
     * Adds (or renames) codes of the bureau's list for a fiscal year, in one transaction; every report of that
     * year changes with them, so each one's revision is raised. Returns the ids of those reports.
     */
    public List<Long> importCodes(int fiscalYear, List<LocalCode> codes) {
        return tx(t -> {
            for (LocalCode c : codes) {
                t.mergeYearCode(fiscalYear, c, true);
            }
            List<Long> ids = t.dsl.select(REPORT.ID).from(REPORT).where(REPORT.FISCAL_YEAR.eq(fiscalYear)).fetch(REPORT.ID);
            for (long id : ids) {
                t.bumpRevision(id); // the year's list, not one report's data: a 定稿 report keeps the names it was finalised with (see Report.usedLocalCodes)
            }
            return ids;
        });
    }

    /** Puts a fiscal year's imported list back as it was (undoing an import); raises the year's reports' revisions. */
    public void replaceYearCodes(int fiscalYear, List<LocalCode> codes) {
        tx(t -> {
            t.dsl.deleteFrom(CATALOG_CODE).where(CATALOG_CODE.FISCAL_YEAR.eq(fiscalYear)).execute();
            for (LocalCode c : codes) {
                t.mergeYearCode(fiscalYear, c, true);
            }
            for (long id : t.dsl.select(REPORT.ID).from(REPORT).where(REPORT.FISCAL_YEAR.eq(fiscalYear)).fetch(REPORT.ID)) {
                t.bumpRevision(id);
            }
            return null;
        });
    }

    private void mergeYearCode(int fiscalYear, LocalCode c, boolean replaceName) {
        boolean exists = dsl.fetchExists(CATALOG_CODE, CATALOG_CODE.FISCAL_YEAR.eq(fiscalYear)
                .and(CATALOG_CODE.CATALOG.eq(c.catalog().name())).and(CATALOG_CODE.CODE.eq(c.code())));
        if (!exists) {
            dsl.insertInto(CATALOG_CODE, CATALOG_CODE.FISCAL_YEAR, CATALOG_CODE.CATALOG, CATALOG_CODE.CODE, CATALOG_CODE.NAME)
                    .values(fiscalYear, c.catalog().name(), c.code(), c.name()).execute();
        } else if (replaceName) {
            dsl.update(CATALOG_CODE).set(CATALOG_CODE.NAME, c.name()).where(CATALOG_CODE.FISCAL_YEAR.eq(fiscalYear))
                    .and(CATALOG_CODE.CATALOG.eq(c.catalog().name())).and(CATALOG_CODE.CODE.eq(c.code())).execute();
        }
    }

    /** Adds a code of the report's own (新增科目), or renames it. */
    public void addCode(long reportId, LocalCode code) {
        tx(t -> {
            t.dsl.deleteFrom(REPORT_CODE).where(REPORT_CODE.REPORT_ID.eq(reportId))
                    .and(REPORT_CODE.CATALOG.eq(code.catalog().name())).and(REPORT_CODE.CODE.eq(code.code())).execute();
            t.writeCode(reportId, code);
            t.bump(reportId);
            return null;
        });
    }

    /** Removes a code of the report's own. */
    public void removeCode(long reportId, CatalogKind catalog, String code) {
        tx(t -> {
            t.dsl.deleteFrom(REPORT_CODE).where(REPORT_CODE.REPORT_ID.eq(reportId))
                    .and(REPORT_CODE.CATALOG.eq(catalog.name())).and(REPORT_CODE.CODE.eq(code)).execute();
            t.bump(reportId);
            return null;
        });
    }

    private void writeCode(long reportId, LocalCode c) {
        dsl.insertInto(REPORT_CODE, REPORT_CODE.REPORT_ID, REPORT_CODE.CATALOG, REPORT_CODE.CODE, REPORT_CODE.NAME)
                .values(reportId, c.catalog().name(), c.code(), c.name()).execute();
    }

    private PerformanceProject project(PerfProjectRecord p) {
        PerformanceProject project = new PerformanceProject();
        project.setId(p.getId());
        project.setName(p.getName());
        project.setDepartment(p.getDepartment());
        project.setImplementingUnit(p.getImplementingUnit());
        project.setFinanceOffice(p.getFinanceOffice());
        project.setContactPerson(p.getContactPerson());
        project.setContactPhone(p.getContactPhone());
        project.setTotalInitial(p.getTotalInitial());
        project.setTotalAdjusted(p.getTotalAdjusted());
        project.setTotalExecuted(p.getTotalExecuted());
        project.setFiscalInitial(p.getFiscalInitial());
        project.setFiscalAdjusted(p.getFiscalAdjusted());
        project.setFiscalExecuted(p.getFiscalExecuted());
        project.setExecutionWeight(strip(p.getExecutionWeight()));
        project.setGoalInitial(p.getGoalInitial());
        project.setGoalAdjusted(p.getGoalAdjusted());
        project.setGoalAchieved(p.getGoalAchieved());
        return project;
    }

    private static BigDecimal strip(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    // ------------------------------------------------------------------ whole reports

    /**
     * Stores a whole new report (and its unit, created or updated by code). Fails when the unit already has a
     * report for that year. Returns the new report id, also set on the report.
     */
    public long insert(Report report) {
        return insert(report, 1);
    }

    /** Stores a whole new report at a given revision (a report recovered from the history keeps its revision). */
    public long insert(Report report, long revision) {
        return tx(t -> {
            long unitId = t.upsertUnit(report.unit());
            if (t.dsl.fetchExists(REPORT, REPORT.UNIT_ID.eq(unitId).and(REPORT.FISCAL_YEAR.eq(report.fiscalYear())))) {
                throw new StoreException(Msg.get("store.duplicateReport", report.unit().getCode(), report.fiscalYear()));
            }
            long id = t.dsl.insertInto(REPORT, REPORT.UNIT_ID, REPORT.FISCAL_YEAR, REPORT.TEMPLATE_YEAR, REPORT.PROFILE,
                            REPORT.REVISION)
                    .values(unitId, report.fiscalYear(), report.templateYear(), report.profile(), revision)
                    .returningResult(REPORT.ID).fetchSingle().value1();
            report.setId(id);
            t.writeUnitDetails(id, report.unit());
            t.writeContents(id, report);
            report.finalLog().forEach(e -> t.writeFinalEvent(id, e));
            return id;
        });
    }

    /**
     * Removes a report and what hangs on it (one transaction): its unit's place in that year's unit tree when the unit
     * is a leaf there, and the unit itself when it has no other year. Only for the untouched demo unit of a database
     * that receives packages; a 定稿 report is refused like any write.
     */
    public void deleteReport(long reportId) {
        tx(t -> {
            if (t.isFinal(reportId)) {
                throw new StoreException(Msg.get("store.final"));
            }
            var r = t.dsl.select(REPORT.UNIT_ID, REPORT.FISCAL_YEAR, UNIT.CODE).from(REPORT).join(UNIT).on(UNIT.ID.eq(REPORT.UNIT_ID))
                    .where(REPORT.ID.eq(reportId)).fetchOptional().orElseThrow(() -> new StoreException(Msg.get("store.noReport", reportId)));
            t.dsl.deleteFrom(REPORT).where(REPORT.ID.eq(reportId)).execute();
            boolean parent = t.dsl.fetchExists(UNIT_NODE, UNIT_NODE.FISCAL_YEAR.eq(r.value2()).and(UNIT_NODE.PARENT_CODE.eq(r.value3())));
            if (!parent) {
                t.dsl.deleteFrom(UNIT_NODE).where(UNIT_NODE.FISCAL_YEAR.eq(r.value2()).and(UNIT_NODE.CODE.eq(r.value3()))).execute();
            }
            if (!t.dsl.fetchExists(REPORT, REPORT.UNIT_ID.eq(r.value1()))) {
                t.dsl.deleteFrom(UNIT).where(UNIT.ID.eq(r.value1())).execute();
            }
            return null;
        });
    }

    /**
     * Replaces everything stored for a report (unit details, profile, tables, figures, texts, projects …) by the
     * given report's contents, in one transaction: restoring a saved version.
     */
    public void replaceContents(long reportId, Report report) {
        tx(t -> {
            t.replaceContentsInTx(reportId, report);
            t.bump(reportId);
            return null;
        });
        report.setId(reportId);
    }

    /** The content of {@link #replaceContents}; the 定稿 log is left as it is (it only grows). */
    private void replaceContentsInTx(long reportId, Report report) {
        for (Table<?> table : CONTENT_TABLES) {
            dsl.deleteFrom(table).where(reportId(table).eq(reportId)).execute();
        }
        writeUnitDetails(reportId, report.unit());
        dsl.update(REPORT).set(REPORT.PROFILE, report.profile()).set(REPORT.TEMPLATE_YEAR, report.templateYear())
                .where(REPORT.ID.eq(reportId)).execute();
        writeContents(reportId, report);
    }

    /**
     * Writes a report's contents where none are stored (a new report, or after {@link #replaceContentsInTx} removed
     * them): each table's rows go in as one batch of one statement, so loading hundreds of reports stays quick.
     */
    private void writeContents(long id, Report report) {
        List<Object[]> rows = new java.util.ArrayList<>();
        List<Object[]> cells = new java.util.ArrayList<>();
        List<Object[]> printed = new java.util.ArrayList<>();
        for (Map.Entry<String, TableData> e : report.tables().entrySet()) {
            String table = e.getKey();
            e.getValue().rows().forEach(row -> rows.add(new Object[] {id, table, row}));
            e.getValue().cells().forEach((row, cols) -> cols.forEach((col, amount) -> cells.add(new Object[] {id, table, row, col, amount})));
            e.getValue().printed().forEach((row, cols) -> cols.forEach((col, amount) ->
                    printed.add(new Object[] {id, table, row, col, amount})));
        }
        insertAll(TABLE_ROW, List.of(TABLE_ROW.REPORT_ID, TABLE_ROW.TABLE_CODE, TABLE_ROW.ROW_CODE), rows);
        insertAll(TABLE_CELL, List.of(TABLE_CELL.REPORT_ID, TABLE_CELL.TABLE_CODE, TABLE_CELL.ROW_CODE, TABLE_CELL.COL_CODE,
                TABLE_CELL.AMOUNT), cells);
        insertAll(TABLE_PRINTED, List.of(TABLE_PRINTED.REPORT_ID, TABLE_PRINTED.TABLE_CODE, TABLE_PRINTED.ROW_CODE,
                TABLE_PRINTED.COL_CODE, TABLE_PRINTED.AMOUNT), printed);
        insertAll(COMPARISON, List.of(COMPARISON.REPORT_ID, COMPARISON.ITEM_KEY, COMPARISON.PRIOR_FINAL, COMPARISON.INITIAL_BUDGET,
                COMPARISON.FULL_YEAR_BUDGET), report.comparisons().entrySet().stream().filter(c -> !c.getValue().isEmpty())
                .map(c -> new Object[] {id, c.getKey(), c.getValue().priorFinal(), c.getValue().initialBudget(),
                        c.getValue().fullYearBudget()}).toList());
        insertAll(REASON, List.of(REASON.REPORT_ID, REASON.ITEM_KEY, REASON.BASIS, REASON.BODY), report.reasons().entrySet().stream()
                .filter(r -> !r.getValue().isBlank())
                .map(r -> new Object[] {id, r.getKey().comparisonKey(), r.getKey().basis().name(), r.getValue()}).toList());
        insertAll(REPORT_AMOUNT, List.of(REPORT_AMOUNT.REPORT_ID, REPORT_AMOUNT.ITEM_KEY, REPORT_AMOUNT.AMOUNT),
                keyed(id, report.amounts(), v -> v.setScale(Money.YUAN_SCALE)));
        insertAll(REPORT_COUNT, List.of(REPORT_COUNT.REPORT_ID, REPORT_COUNT.ITEM_KEY, REPORT_COUNT.QUANTITY),
                keyed(id, report.counts(), v -> v));
        insertAll(REPORT_TEXT, List.of(REPORT_TEXT.REPORT_ID, REPORT_TEXT.ITEM_KEY, REPORT_TEXT.BODY),
                keyed(id, report.texts(), v -> v.isEmpty() ? null : v));
        int seq = 1;
        for (PerformanceProject p : report.projects()) {
            writeProject(id, seq++, p);
        }
        writeGlossary(id, report.glossary());
        if (report.consolidation() != null) {
            writeConsolidation(id, report.consolidation());
        }
        insertAll(REPORT_SETTING, List.of(REPORT_SETTING.REPORT_ID, REPORT_SETTING.SETTING_KEY, REPORT_SETTING.SETTING_VALUE),
                keyed(id, report.settings(), v -> v.isEmpty() ? null : v));
        insertAll(NARRATIVE_OVERRIDE, List.of(NARRATIVE_OVERRIDE.REPORT_ID, NARRATIVE_OVERRIDE.PARAGRAPH_KEY, NARRATIVE_OVERRIDE.BODY,
                NARRATIVE_OVERRIDE.GENERATED), report.overrides().entrySet().stream()
                .map(o -> new Object[] {id, o.getKey(), o.getValue().text(), o.getValue().generated()}).toList());
        insertAll(AUDIT_EXPLANATION, List.of(AUDIT_EXPLANATION.REPORT_ID, AUDIT_EXPLANATION.FINDING_KEY, AUDIT_EXPLANATION.BODY),
                keyed(id, report.explanations(), v -> v.isBlank() ? null : v));
        for (LocalCode c : report.localCodes()) {
            if (c.origin() == LocalCode.Origin.ADDED) {
                writeCode(id, c);
            } else {
                // the year's list as it is in this database wins over an older copy in a report file or version
                mergeYearCode(report.fiscalYear(), c, false);
            }
        }
    }

    // ------------------------------------------------------------------ granular writes (one transaction each)

    /** Sets (or, with a null amount, clears) printed figures of computed cells of one table: all or nothing. */
    public void writePrinted(long reportId, String table, List<CellWrite> writes) {
        tx(t -> {
            for (CellWrite w : writes) {
                t.dsl.deleteFrom(TABLE_PRINTED).where(TABLE_PRINTED.REPORT_ID.eq(reportId)).and(TABLE_PRINTED.TABLE_CODE.eq(table))
                        .and(TABLE_PRINTED.ROW_CODE.eq(w.row())).and(TABLE_PRINTED.COL_CODE.eq(w.column())).execute();
                if (w.amount() != null) {
                    t.dsl.insertInto(TABLE_PRINTED, TABLE_PRINTED.REPORT_ID, TABLE_PRINTED.TABLE_CODE, TABLE_PRINTED.ROW_CODE,
                            TABLE_PRINTED.COL_CODE, TABLE_PRINTED.AMOUNT).values(reportId, table, w.row(), w.column(), w.amount()).execute();
                }
            }
            t.bump(reportId);
            return null;
        });
    }

    /** Writes several cells of one table at once (a paste, an undo): all or nothing. */
    public void writeCells(long reportId, String table, List<CellWrite> writes) {
        tx(t -> {
            for (CellWrite w : writes) {
                t.dsl.deleteFrom(TABLE_CELL).where(TABLE_CELL.REPORT_ID.eq(reportId), TABLE_CELL.TABLE_CODE.eq(table),
                        TABLE_CELL.ROW_CODE.eq(w.row()), TABLE_CELL.COL_CODE.eq(w.column())).execute();
                if (w.amount() != null) {
                    t.dsl.insertInto(TABLE_CELL, TABLE_CELL.REPORT_ID, TABLE_CELL.TABLE_CODE, TABLE_CELL.ROW_CODE,
                                    TABLE_CELL.COL_CODE, TABLE_CELL.AMOUNT)
                            .values(reportId, table, w.row(), w.column(), w.amount().setScale(Money.YUAN_SCALE)).execute();
                }
            }
            t.bump(reportId);
            return null;
        });
    }

    /** Adds a 功能分类 row to a table, with the given cells (used by undo of a removal). */
    public void addRow(long reportId, String table, String row, Map<String, BigDecimal> cells) {
        tx(t -> {
            t.dsl.insertInto(TABLE_ROW, TABLE_ROW.REPORT_ID, TABLE_ROW.TABLE_CODE, TABLE_ROW.ROW_CODE)
                    .values(reportId, table, row).execute();
            cells.forEach((col, amount) -> t.dsl.insertInto(TABLE_CELL, TABLE_CELL.REPORT_ID, TABLE_CELL.TABLE_CODE,
                    TABLE_CELL.ROW_CODE, TABLE_CELL.COL_CODE, TABLE_CELL.AMOUNT).values(reportId, table, row, col, amount).execute());
            t.bump(reportId);
            return null;
        });
    }

    /** Removes a row and its cells from a table. */
    public void removeRow(long reportId, String table, String row) {
        tx(t -> {
            t.dsl.deleteFrom(TABLE_CELL).where(TABLE_CELL.REPORT_ID.eq(reportId), TABLE_CELL.TABLE_CODE.eq(table),
                    TABLE_CELL.ROW_CODE.eq(row)).execute();
            t.dsl.deleteFrom(TABLE_ROW).where(TABLE_ROW.REPORT_ID.eq(reportId), TABLE_ROW.TABLE_CODE.eq(table),
                    TABLE_ROW.ROW_CODE.eq(row)).execute();
            t.bump(reportId);
            return null;
        });
    }

    public void setComparison(long reportId, String key, Comparison c) {
        inTransaction(t -> {
            t.writeComparison(reportId, key, c);
            t.bump(reportId);
        });
    }

    public void setReason(long reportId, String key, Basis basis, String text) {
        inTransaction(t -> {
            t.writeReason(reportId, new ReasonKey(key, basis), text);
            t.bump(reportId);
        });
    }

    public void setAmount(long reportId, String key, BigDecimal yuan) {
        inTransaction(t -> {
            t.writeAmount(reportId, key, yuan);
            t.bump(reportId);
        });
    }

    public void setCount(long reportId, String key, Long value) {
        inTransaction(t -> {
            t.writeCount(reportId, key, value);
            t.bump(reportId);
        });
    }

    public void setText(long reportId, String key, String text) {
        inTransaction(t -> {
            t.writeText(reportId, key, text);
            t.bump(reportId);
        });
    }

    public void setSetting(long reportId, String key, String value) {
        inTransaction(t -> {
            t.writeSetting(reportId, key, value);
            t.bump(reportId);
        });
    }

    /** Stores a rewritten paragraph, or removes it ({@code null}) to go back to the generated text. */
    public void setOverride(long reportId, String paragraphKey, TextOverride override) {
        inTransaction(t -> {
            t.writeOverride(reportId, paragraphKey, override);
            t.bump(reportId);
        });
    }

    /** Stores the 出错说明 of a 审核 提示 ({@code null} or blank removes it). */
    public void setExplanation(long reportId, String findingKey, String text) {
        inTransaction(t -> {
            t.writeExplanation(reportId, findingKey, text);
            t.bump(reportId);
        });
    }

    /** Changes which text profile a report is written in. */
    public void setProfile(long reportId, String profile) {
        tx(t -> {
            t.dsl.update(REPORT).set(REPORT.PROFILE, profile).where(REPORT.ID.eq(reportId)).execute();
            t.bump(reportId);
            return null;
        });
    }

    /**
     * Saves the unit's details (name, 主管部门, type, contacts, ordered items) as this report has them: the unit's
     * other years keep theirs.
     */
    public void saveUnit(long reportId, Unit unit) {
        tx(t -> {
            t.writeUnitDetails(reportId, unit);
            t.bump(reportId);
            return null;
        });
    }

    /** Replaces all projects of a report (and their indicators) by the given list, in order. */
    public void saveProjects(long reportId, List<PerformanceProject> projects) {
        tx(t -> {
            t.dsl.deleteFrom(PERF_PROJECT).where(PERF_PROJECT.REPORT_ID.eq(reportId)).execute();
            int seq = 1;
            for (PerformanceProject p : projects) {
                t.writeProject(reportId, seq++, p);
            }
            t.bump(reportId);
            return null;
        });
    }

    public void saveGlossary(long reportId, List<GlossaryTerm> terms) {
        tx(t -> {
            t.dsl.deleteFrom(GLOSSARY_TERM).where(GLOSSARY_TERM.REPORT_ID.eq(reportId)).execute();
            t.writeGlossary(reportId, terms);
            t.bump(reportId);
            return null;
        });
    }

    // ------------------------------------------------------------------ row writers (inside a transaction)

    /**
     * Raises the report's revision: the last statement of every write transaction that changes a report's data. A
     * 定稿 report refuses it, so the whole transaction is rolled back: nothing of a final report changes.
     */
    private void bump(long reportId) {
        if (isFinal(reportId)) {
            throw new StoreException(Msg.get("store.final"));
        }
        bumpRevision(reportId);
    }

    private void bumpRevision(long reportId) {
        if (dsl.update(REPORT).set(REPORT.REVISION, REPORT.REVISION.plus(1)).where(REPORT.ID.eq(reportId)).execute() != 1) {
            throw new StoreException(Msg.get("store.noReport", reportId));
        }
    }

    /** The unit row of a code (created when new): it ties a unit's reports of different years together. */
    private long upsertUnit(Unit unit) {
        Long id = dsl.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(unit.getCode())).fetchOptional(UNIT.ID).orElse(null);
        if (id == null) {
            id = dsl.insertInto(UNIT, UNIT.CODE, UNIT.NAME).values(unit.getCode(), unit.getName())
                    .returningResult(UNIT.ID).fetchSingle().value1();
        }
        unit.setId(id);
        return id;
    }

    /** Writes the unit's details into one report (its own copy for its year). */
    private void writeUnitDetails(long reportId, Unit unit) {
        dsl.update(REPORT).set(REPORT.UNIT_NAME, unit.getName()).set(REPORT.SUPERVISOR, nz(unit.getSupervisor()))
                .set(REPORT.UNIT_TYPE, nz(unit.getUnitType())).set(REPORT.CONTACT_PERSON, nz(unit.getContactPerson()))
                .set(REPORT.CONTACT_PHONE, nz(unit.getContactPhone())).where(REPORT.ID.eq(reportId)).execute();
        dsl.deleteFrom(REPORT_UNIT_ITEM).where(REPORT_UNIT_ITEM.REPORT_ID.eq(reportId)).execute();
        List<Object[]> items = new java.util.ArrayList<>();
        for (UnitItemKind kind : UnitItemKind.values()) {
            int seq = 1;
            for (String body : unit.items(kind)) {
                items.add(new Object[] {reportId, kind.name(), seq++, body});
            }
        }
        insertAll(REPORT_UNIT_ITEM, List.of(REPORT_UNIT_ITEM.REPORT_ID, REPORT_UNIT_ITEM.KIND, REPORT_UNIT_ITEM.SEQ,
                REPORT_UNIT_ITEM.BODY), items);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void writeComparison(long id, String key, Comparison c) {
        replaceKeyed(COMPARISON, COMPARISON.REPORT_ID, COMPARISON.ITEM_KEY, id, key, c == null || c.isEmpty() ? null
                : values(COMPARISON.PRIOR_FINAL, c.priorFinal(), COMPARISON.INITIAL_BUDGET, c.initialBudget(),
                COMPARISON.FULL_YEAR_BUDGET, c.fullYearBudget()));
    }

    private void writeReason(long id, ReasonKey key, String text) {
        dsl.deleteFrom(REASON).where(REASON.REPORT_ID.eq(id), REASON.ITEM_KEY.eq(key.comparisonKey()),
                REASON.BASIS.eq(key.basis().name())).execute();
        if (text != null && !text.isBlank()) {
            dsl.insertInto(REASON, REASON.REPORT_ID, REASON.ITEM_KEY, REASON.BASIS, REASON.BODY)
                    .values(id, key.comparisonKey(), key.basis().name(), text).execute();
        }
    }

    private void writeAmount(long id, String key, BigDecimal yuan) {
        replaceKeyed(REPORT_AMOUNT, REPORT_AMOUNT.REPORT_ID, REPORT_AMOUNT.ITEM_KEY, id, key,
                yuan == null ? null : values(REPORT_AMOUNT.AMOUNT, yuan.setScale(Money.YUAN_SCALE)));
    }

    private void writeCount(long id, String key, Long value) {
        replaceKeyed(REPORT_COUNT, REPORT_COUNT.REPORT_ID, REPORT_COUNT.ITEM_KEY, id, key,
                value == null ? null : values(REPORT_COUNT.QUANTITY, value));
    }

    private void writeText(long id, String key, String text) {
        replaceKeyed(REPORT_TEXT, REPORT_TEXT.REPORT_ID, REPORT_TEXT.ITEM_KEY, id, key,
                text == null || text.isEmpty() ? null : values(REPORT_TEXT.BODY, text));
    }

    private void writeProject(long reportId, int seq, PerformanceProject p) {
        long pid = dsl.insertInto(PERF_PROJECT)
                .set(PERF_PROJECT.REPORT_ID, reportId).set(PERF_PROJECT.SEQ, seq).set(PERF_PROJECT.NAME, p.getName())
                .set(PERF_PROJECT.DEPARTMENT, p.getDepartment())
                .set(PERF_PROJECT.IMPLEMENTING_UNIT, p.getImplementingUnit()).set(PERF_PROJECT.FINANCE_OFFICE, p.getFinanceOffice())
                .set(PERF_PROJECT.CONTACT_PERSON, p.getContactPerson()).set(PERF_PROJECT.CONTACT_PHONE, p.getContactPhone())
                .set(PERF_PROJECT.TOTAL_INITIAL, p.getTotalInitial()).set(PERF_PROJECT.TOTAL_ADJUSTED, p.getTotalAdjusted())
                .set(PERF_PROJECT.TOTAL_EXECUTED, p.getTotalExecuted()).set(PERF_PROJECT.FISCAL_INITIAL, p.getFiscalInitial())
                .set(PERF_PROJECT.FISCAL_ADJUSTED, p.getFiscalAdjusted()).set(PERF_PROJECT.FISCAL_EXECUTED, p.getFiscalExecuted())
                .set(PERF_PROJECT.EXECUTION_WEIGHT, p.getExecutionWeight() == null ? BigDecimal.TEN : p.getExecutionWeight())
                .set(PERF_PROJECT.GOAL_INITIAL, p.getGoalInitial()).set(PERF_PROJECT.GOAL_ADJUSTED, p.getGoalAdjusted())
                .set(PERF_PROJECT.GOAL_ACHIEVED, p.getGoalAchieved())
                .returningResult(PERF_PROJECT.ID).fetchSingle().value1();
        p.setId(pid);
        List<Object[]> rows = new java.util.ArrayList<>();
        for (Indicator ind : p.getIndicators()) {
            rows.add(new Object[] {pid, rows.size() + 1, ind.name(), ind.measureUnit(), ind.nature().symbol(), ind.targetValue(),
                    ind.actualValue(), ind.scoreCoefficient(), ind.weight(), ind.note()});
        }
        insertAll(PERF_INDICATOR, List.of(PERF_INDICATOR.PROJECT_ID, PERF_INDICATOR.SEQ, PERF_INDICATOR.NAME,
                PERF_INDICATOR.MEASURE_UNIT, PERF_INDICATOR.NATURE, PERF_INDICATOR.TARGET_VALUE, PERF_INDICATOR.ACTUAL_VALUE,
                PERF_INDICATOR.SCORE_COEFFICIENT, PERF_INDICATOR.WEIGHT, PERF_INDICATOR.NOTE), rows);
    }

    private void writeSetting(long id, String key, String value) {
        replaceKeyed(REPORT_SETTING, REPORT_SETTING.REPORT_ID, REPORT_SETTING.SETTING_KEY, id, key,
                value == null || value.isEmpty() ? null : values(REPORT_SETTING.SETTING_VALUE, value));
    }

    private void writeOverride(long id, String key, TextOverride o) {
        replaceKeyed(NARRATIVE_OVERRIDE, NARRATIVE_OVERRIDE.REPORT_ID, NARRATIVE_OVERRIDE.PARAGRAPH_KEY, id, key,
                o == null ? null : values(NARRATIVE_OVERRIDE.BODY, o.text(), NARRATIVE_OVERRIDE.GENERATED, o.generated()));
    }

    private void writeExplanation(long id, String key, String text) {
        replaceKeyed(AUDIT_EXPLANATION, AUDIT_EXPLANATION.REPORT_ID, AUDIT_EXPLANATION.FINDING_KEY, id, key,
                text == null || text.isBlank() ? null : values(AUDIT_EXPLANATION.BODY, text));
    }

    /**
     * Replaces the row of a report's keyed table (one figure, text, setting …): deletes it and, unless
     * {@code values} is null, inserts it with those values.
     */
    private <R extends Record> void replaceKeyed(Table<R> table, TableField<R, Long> reportField, TableField<R, String> keyField,
                                                 long id, String key, Map<Field<?>, Object> values) {
        dsl.deleteFrom(table).where(reportField.eq(id), keyField.eq(key)).execute();
        if (values != null) {
            Map<Field<?>, Object> row = new LinkedHashMap<>();
            row.put(reportField, id);
            row.put(keyField, key);
            row.putAll(values);
            dsl.insertInto(table).set(row).execute();
        }
    }

    private static Map<Field<?>, Object> values(Object... fieldsAndValues) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            m.put((Field<?>) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return m;
    }

    private void writeGlossary(long reportId, List<GlossaryTerm> terms) {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (GlossaryTerm g : terms) {
            rows.add(new Object[] {reportId, rows.size() + 1, g.term(), g.definition()});
        }
        insertAll(GLOSSARY_TERM, List.of(GLOSSARY_TERM.REPORT_ID, GLOSSARY_TERM.SEQ, GLOSSARY_TERM.TERM, GLOSSARY_TERM.DEFINITION), rows);
    }

    /** Inserts rows into a table as one prepared statement run as a batch (nothing when there are no rows). */
    private void insertAll(Table<?> table, List<? extends Field<?>> fields, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // the statement written by jOOQ once per table, the rows bound straight to JDBC: jOOQ's batch binding cost as
        // much as the database's inserts when a 主管部门 loads hundreds of reports at once
        String sql = INSERTS.computeIfAbsent(table.getName() + fields, k -> dsl.render(dsl.insertInto(table).columns(fields)
                .values(java.util.Collections.nCopies(fields.size(), null))));
        dsl.connection(c -> {
            try (java.sql.PreparedStatement insert = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (java.sql.SQLException e) {
                throw new DataAccessException("insert into " + table.getName(), e);
            }
        });
    }

    /** Each table's insert statement, as jOOQ renders it for the database. */
    private static final Map<String, String> INSERTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The rows (report, key, value) of a keyed map, skipping values that map to null. */
    private static <V> List<Object[]> keyed(long id, Map<String, V> values, java.util.function.Function<V, Object> value) {
        List<Object[]> rows = new java.util.ArrayList<>();
        values.forEach((k, v) -> {
            Object stored = v == null ? null : value.apply(v);
            if (stored != null) {
                rows.add(new Object[] {id, k, stored});
            }
        });
        return rows;
    }

    // ------------------------------------------------------------------ transactions

    private interface Work<T> {
        T run(ReportStore inTx);
    }

    private <T> T tx(Work<T> work) {
        if (inTransaction) {
            // a write inside another's transaction is part of it (no savepoint): a failure undoes the whole transaction
            return work.run(this);
        }
        try {
            return dsl.transactionResult(cfg -> work.run(new ReportStore(cfg.dsl(), file, true)));
        } catch (StoreException e) {
            throw e;
        } catch (DataAccessException e) {
            if (e.getCause() instanceof StoreException se) {
                throw se;
            }
            juesuan.failure.ErrorLog.record("store write", e);
            throw new StoreException(juesuan.failure.Failures.database(e, file), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof StoreException se) {
                throw se;
            }
            throw e;
        }
    }

    private ReportStore(DSLContext dsl, java.nio.file.Path file, boolean inTransaction) {
        this.dsl = dsl;
        this.file = file;
        this.db = null;
        this.inTransaction = inTransaction;
    }

    /** A store on another jOOQ context of the same database (tests inject failures through an execute listener). */
    static ReportStore on(DSLContext dsl, java.nio.file.Path file) {
        return new ReportStore(dsl, file, false);
    }

    /**
     * For callers that need several writes in one transaction (edits made together, a load of many packages): the
     * store's writes inside belong to it, and all are committed together, or none.
     */
    public void inTransaction(Consumer<ReportStore> work) {
        tx(t -> {
            work.accept(t);
            return null;
        });
    }
}

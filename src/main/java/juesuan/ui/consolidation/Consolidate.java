package juesuan.ui.consolidation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import juesuan.consolidation.Consolidator;
import juesuan.consolidation.Staleness;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.model.UnitNode;
import juesuan.model.UnitTree;
import juesuan.store.ReportStore;

/**
 * 汇总 against the database, for the window and the command line alike (no controls): the year's unit tree filled
 * from loaded reports, a node or a selection summed into the department's report and stored in one transaction,
 * and whether a stored 汇总 is still the sum of its members.
 */
public final class Consolidate {
    /** The prefix of the code of a department node made for a 主管部门 no node is named after yet. */
    static final String DEPARTMENT_PREFIX = "HZ";

    private Consolidate() {
    }

    /**
     * Puts a loaded unit into its year's tree when it is not there: under the node named as its 主管部门 (a new
     * department node at the top when there is none), as that node's 本级 when its name says so and the node has
     * none yet. A unit without a 主管部门, or its own, goes to the top. Returns the tree (stored only when changed).
     */
    public static UnitTree place(ReportStore store, Report report) {
        UnitTree tree = store.unitTree(report.fiscalYear());
        UnitTree placed = placed(tree, report.unit());
        if (placed != tree) {
            // only the new nodes are written: loading hundreds of packages does not rewrite the tree each time
            store.addUnitNodes(report.fiscalYear(), placed.nodes().stream().filter(n -> tree.node(n.code()).isEmpty()).toList());
        }
        return placed;
    }

    /** Places several loaded reports of one year at once: the tree read once, the new nodes written in one transaction. */
    public static UnitTree placeAll(ReportStore store, List<Report> reports) {
        Map<Integer, List<Report>> byYear = new java.util.TreeMap<>();
        reports.forEach(r -> byYear.computeIfAbsent(r.fiscalYear(), y -> new ArrayList<>()).add(r));
        UnitTree last = null;
        for (Map.Entry<Integer, List<Report>> e : byYear.entrySet()) {
            UnitTree tree = store.unitTree(e.getKey());
            UnitTree placed = tree;
            for (Report r : e.getValue()) {
                placed = placed(placed, r.unit());
            }
            if (placed != tree) {
                store.addUnitNodes(e.getKey(), placed.nodes().stream().filter(n -> tree.node(n.code()).isEmpty()).toList());
            }
            last = placed;
        }
        return last;
    }

    /** The tree with a unit placed as {@link #place} says (the same tree when the unit is in it already). */
    static UnitTree placed(UnitTree tree, Unit unit) {
        if (tree.node(unit.getCode()).isPresent()) {
            return tree;
        }
        String supervisor = unit.getSupervisor() == null ? "" : unit.getSupervisor().strip();
        if (supervisor.isEmpty() || supervisor.equals(unit.getName())) {
            return tree.with(new UnitNode(unit.getCode(), unit.getName(), "", false));
        }
        Optional<UnitNode> department = tree.nodes().stream()
                .filter(n -> n.name().equals(supervisor) && !n.code().equals(unit.getCode())).findFirst();
        String parent = department.map(UnitNode::code).orElseGet(() ->
                freeCode(tree, DEPARTMENT_PREFIX + unit.getCode().substring(0, Math.min(3, unit.getCode().length()))));
        UnitTree t = department.isPresent() ? tree : tree.with(new UnitNode(parent, supervisor, "", false));
        boolean hasSelf = t.children(parent).stream().anyMatch(c -> t.node(c).orElseThrow().self());
        boolean self = !hasSelf && looksLikeSelf(unit.getName(), supervisor);
        return t.with(new UnitNode(unit.getCode(), unit.getName(), parent, self));
    }

    /** Whether a unit's name says it is the 本级 of its 主管部门: the department's own name, or marked 本级 or 机关. */
    static boolean looksLikeSelf(String name, String supervisor) {
        if (!name.startsWith(supervisor)) {
            return false;
        }
        String rest = name.substring(supervisor.length());
        return rest.isEmpty() || rest.contains(Msg.get("consolidate.selfMark")) || rest.contains(Msg.get("consolidate.officeMark"));
    }

    private static String freeCode(UnitTree tree, String wanted) {
        String code = wanted;
        for (int i = 2; tree.node(code).isPresent(); i++) {
            code = wanted + "-" + i;
        }
        return code;
    }

    /**
     * What a 汇总 did.
     *
     * @param reportId the department's report
     * @param report   the report as stored
     * @param notices  internal flows whose sides disagree (one Chinese line each)
     */
    public record Done(long reportId, Report report, List<String> notices) {
    }

    /** Sums a node of the year's tree (a department, a 二级 node, or the top of the whole tree) into its report. */
    public static Done node(ReportStore store, int fiscalYear, String nodeCode, LocalDateTime at) {
        UnitTree tree = store.unitTree(fiscalYear);
        UnitNode node = tree.node(nodeCode).orElseThrow(() -> new UserFailure(Msg.get("tree.noUnit", nodeCode)));
        if (!tree.isSummary(nodeCode)) {
            throw new UserFailure(Msg.get("consolidate.notSummary", nodeCode, node.name()));
        }
        return run(store, tree, nodeCode, node.name(), tree.reportingUnits(nodeCode), at);
    }

    /**
     * 选择汇总: sums chosen units (a chosen 汇总 node stands for the units below it) into the report of a code and
     * name of its own. Flows are taken out between chosen units as the tree relates them.
     */
    public static Done selection(ReportStore store, int fiscalYear, List<String> codes, String asCode, String asName,
                                 LocalDateTime at) {
        UnitTree tree = store.unitTree(fiscalYear);
        List<String> units = new ArrayList<>();
        for (String c : codes) {
            List<String> below = tree.isSummary(c) ? tree.reportingUnits(c) : List.of(c);
            below.stream().filter(u -> !units.contains(u)).forEach(units::add);
        }
        if (tree.node(asCode).isPresent() && tree.isSummary(asCode)) {
            throw new UserFailure(Msg.get("consolidate.selectionIsNode", asCode));
        }
        return run(store, tree, asCode, asName, units, at);
    }

    private static Done run(ReportStore store, UnitTree tree, String code, String name, List<String> units, LocalDateTime at) {
        int year = tree.fiscalYear();
        Map<String, Long> revisions = new java.util.HashMap<>();
        Map<String, Long> ids = new java.util.HashMap<>();
        store.list().stream().filter(s -> s.fiscalYear() == year).forEach(s -> {
            ids.put(s.unitCode(), s.reportId());
            revisions.put(s.unitCode(), s.revision());
        });
        List<String> missing = units.stream().filter(u -> !ids.containsKey(u))
                .map(u -> u + " " + tree.node(u).map(UnitNode::name).orElse("")).toList();
        if (!missing.isEmpty()) {
            throw new UserFailure(Msg.get("consolidate.missing", missing.size(), String.join(Msg.get("cli.listSeparator"), missing)));
        }
        if (units.isEmpty()) {
            throw new UserFailure(Msg.get("consolidate.noMembers", code, year));
        }
        Map<String, String> superiors = new java.util.LinkedHashMap<>();
        units.forEach(u -> superiors.put(u, tree.superior(u).orElse("")));
        java.util.Optional<Report> stored = store.find(code, year);
        if (stored.isPresent()) {
            // summing again replaces the stored 汇总's figures: the whole database is backed up first (a first 汇总
            // overwrites nothing, and the backup of a department's database is most of a large 汇总's time)
            store.backup("before-consolidate");
        }
        Report department = stored.orElseGet(() -> {
            String self = units.stream().filter(u -> superiors.get(u).isEmpty()).findFirst().orElse(units.getFirst());
            return newDepartment(code, name, store.load(ids.get(self)));
        });
        Consolidator.Sum sum = new Consolidator.Sum(department, superiors);
        java.util.Set<String> types = new java.util.LinkedHashSet<>();
        // members read a few dozen at a time: a department of hundreds of units is never in memory whole
        for (List<String> chunk : ReportStore.groups(units)) {
            Map<Long, Report> loaded = store.loadAll(chunk.stream().map(ids::get).toList());
            for (String u : chunk) {
                Report r = loaded.get(ids.get(u));
                types.add(r.unit().getUnitType());
                sum.add(new Consolidator.Member(r, revisions.get(u), superiors.get(u)));
            }
        }
        Consolidator.Result result = sum.finish(store.find(code, year - 1), at);
        // the 单位类型 all members share; none when they differ (a department with 行政 and 事业 members)
        result.report().unit().setUnitType(types.size() == 1 ? types.iterator().next() : "");
        long id = store.saveConsolidated(result.report(), tree);
        return new Done(id, store.load(id), result.notices());
    }

    /**
     * A department's first report: its 职能职责, 内设机构, contacts, 名词解释 and text settings start as its 本级's (the
     * member nobody in the node is superior to), which the department then edits; its figures come from the 汇总.
     */
    private static Report newDepartment(String code, String name, Report self) {
        Report r = new Report(Consolidator.departmentUnit(code, name), self.fiscalYear(), self.templateYear(), self.profile());
        r.unit().setDuties(self.unit().getDuties());
        r.unit().setInternalBodies(self.unit().getInternalBodies());
        r.unit().setContactPerson(self.unit().getContactPerson());
        r.unit().setContactPhone(self.unit().getContactPhone());
        r.glossary().addAll(self.glossary());
        self.settings().forEach(r::setSetting);
        return r;
    }

    /** What the database holds for a node of the tree: 已汇总 / 未汇总 for a 汇总 node, 已装入 / 未装入报表 for a unit. */
    public static String state(UnitTree tree, String code, Map<String, Long> revisions) {
        boolean stored = revisions.containsKey(code);
        return Msg.get(tree.isSummary(code) ? (stored ? "tree.state.summed" : "tree.state.notSummed")
                : (stored ? "tree.state.loaded" : "tree.state.missing"));
    }

    /**
     * What a 汇总 did, in lines for the officer: the report and its member count (then each member, when asked), each
     * internal flow taken out, each flow whose two sides disagree.
     */
    public static List<String> summary(Done done, boolean withMembers) {
        Report r = done.report();
        juesuan.model.Consolidation c = r.consolidation();
        List<String> lines = new ArrayList<>();
        lines.add(Msg.get("consolidate.done", r.unit().getCode(), r.unit().getName(), r.fiscalYear(), c.members().size()));
        if (withMembers) {
            c.members().forEach(m -> lines.add("  " + m.code() + "\t" + m.name()));
        }
        lines.add(c.eliminations().isEmpty() ? Msg.get("consolidate.noEliminations") : Msg.get("consolidate.eliminations"));
        for (juesuan.model.Consolidation.Elimination e : c.eliminations()) {
            lines.add("  " + Msg.get("consolidate.elimination", juesuan.consolidation.Flow.label(r.templateYear(), e.flow()), e.code(),
                    juesuan.model.Money.formatWan(e.paid()), juesuan.model.Money.formatWan(e.received()),
                    juesuan.model.Money.formatWan(e.eliminated())));
        }
        done.notices().forEach(n -> lines.add(Msg.get("consolidate.notice", n)));
        return lines;
    }

    /**
     * Whether a consolidated report is still the sum of its members (one Chinese line per change; empty when it is,
     * or when the report is not a 汇总).
     */
    public static List<String> changes(ReportStore store, Report report) {
        if (report.consolidation() == null) {
            return List.of();
        }
        UnitTree tree = store.unitTree(report.fiscalYear());
        Map<String, String> now = new LinkedHashMap<>();
        if (tree.isSummary(report.unit().getCode())) {
            for (String u : tree.reportingUnits(report.unit().getCode())) {
                now.put(u, tree.node(u).map(UnitNode::name).orElse(u));
            }
        } else {
            report.consolidation().members().forEach(m -> now.put(m.code(), m.name()));
        }
        return Staleness.changes(report.consolidation(), now, store.revisions(report.fiscalYear()),
                code -> store.find(code, report.fiscalYear()));
    }
}

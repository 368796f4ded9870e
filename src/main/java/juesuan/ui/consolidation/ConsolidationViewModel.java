package juesuan.ui.consolidation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.model.UnitNode;
import juesuan.model.UnitTree;
import juesuan.store.ReportStore;
import juesuan.ui.session.ReportSession;

/**
 * The 单位树与汇总 dialog without its controls: the year's tree as rows, its changes, 汇总 of a node, and whether
 * the open report (when it is a 汇总) still is the sum of its members. Everything that reads or writes the database
 * runs on the session's writer, after the queued saves, and completes with Chinese text for the dialog.
 */
public final class ConsolidationViewModel {
    private final ReportSession session;
    private final int year;

    public ConsolidationViewModel(ReportSession session, int year) {
        this.session = session;
        this.year = year;
    }

    public int year() { return year; }

    /**
     * One line of the tree.
     *
     * @param depth   levels below the top
     * @param summary whether it has members (it is summed, not loaded)
     * @param state   已装入 / 未装入报表 for a unit, 已汇总 / 未汇总 for a node
     */
    public record Row(String code, String name, int depth, boolean self, boolean summary, String state) {
        /** The name indented by its depth, as the list shows it. */
        public String indentedName() {
            return "\u3000".repeat(depth) + name;
        }

        public String selfText() {
            return self ? Msg.get("tree.self") : "";
        }
    }

    /** The tree as rows (read on the writer). */
    public CompletableFuture<List<Row>> rows() {
        return session.afterSaves(this::rows);
    }

    private CompletableFuture<List<Row>> change(UnaryOperator<UnitTree> how) {
        return session.afterSaves(store -> {
            try {
                store.saveUnitTree(how.apply(store.unitTree(year)));
            } catch (IllegalArgumentException e) {
                throw new juesuan.failure.UserFailure(e.getMessage(), e);
            }
            return rows(store);
        });
    }

    private List<Row> rows(ReportStore store) {
        UnitTree tree = store.unitTree(year);
        Map<String, Long> revisions = store.revisions(year);
        List<Row> out = new ArrayList<>();
        for (UnitNode n : tree.nodes()) {
            out.add(new Row(n.code(), n.name(), tree.depth(n.code()), n.self(), tree.isSummary(n.code()),
                    Consolidate.state(tree, n.code(), revisions)));
        }
        return out;
    }

    /** Adds a unit or a 汇总 node under another ("" = at the top). */
    public CompletableFuture<List<Row>> add(String code, String name, String parent) {
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        if (c.isEmpty() || n.isEmpty()) {
            return CompletableFuture.failedFuture(new juesuan.failure.UserFailure(Msg.get("tree.addNeeds")));
        }
        return change(t -> t.with(new UnitNode(c, n, parent, false)));
    }

    public CompletableFuture<List<Row>> move(String code, String parent) {
        return change(t -> t.move(code, parent));
    }

    public CompletableFuture<List<Row>> markSelf(String code, boolean self) {
        return change(t -> t.markSelf(code, self));
    }

    public CompletableFuture<List<Row>> remove(String code) {
        return change(t -> t.without(code));
    }

    /** Sums a node (a whole-database backup first when it replaces a stored 汇总); completes with the report's id and what to tell the officer. */
    public CompletableFuture<Consolidate.Done> consolidate(String node) {
        return session.afterSaves(store -> {
            Consolidate.Done done = Consolidate.node(store, year, node, LocalDateTime.now());
            if (session.versions() != null && session.report() != null && done.reportId() != session.reportId()) {
                juesuan.ui.session.Snapshots.save(store, session.versions(), done.reportId(), "");
            }
            return done;
        });
    }

    /** The id of a node's stored 汇总 report, if it has one. */
    public CompletableFuture<java.util.Optional<Long>> reportOf(String code) {
        return session.afterSaves(store -> store.find(code, year).map(Report::getId));
    }

    /**
     * For the banner over a 汇总 report: what changed since it was summed, or null when it is up to date or not a 汇总.
     * Reads on the writer.
     */
    public static CompletableFuture<String> staleBanner(ReportSession session) {
        Report open = session.report();
        if (open == null || open.consolidation() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return session.afterSaves(store -> {
            List<String> changes = Consolidate.changes(store, open);
            return changes.isEmpty() ? null : Msg.get("consolidate.banner", changes.size(), String.join("", changes));
        });
    }
}

package juesuan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.model.Basis;
import juesuan.model.Comparison;
import juesuan.model.GlossaryTerm;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.model.Unit;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every store write, failed at each of its statements (or at evenly spread ones, for the long writes) through an
 * injected failure, leaves the database exactly as it was: every report's content and its revision.
 */
class StoreFailureTest {
    @TempDir
    Path dir;

    private Database db;
    private ReportStore store;
    private long id;

    @BeforeEach
    void open() {
        db = Database.openFile(dir.resolve("f"));
        store = new ReportStore(db);
        id = store.insert(DemoReport.create());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Counts statements and throws at the n-th (0: never). */
    private static final class Failing implements ExecuteListener {
        private final int failAt;
        int count;

        Failing(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (++count == failAt) {
                throw new IllegalStateException("injected failure at statement " + count);
            }
        }
    }

    private ReportStore with(Failing listener) {
        return ReportStore.on(db.dsl().configuration().deriveAppending(listener).dsl(), db.file());
    }

    /** Everything stored: each report's canonical JSON and revision. */
    private Map<String, String> everything() {
        Map<String, String> all = new LinkedHashMap<>();
        for (ReportSummary s : store.list()) {
            all.put(s.unitCode() + "/" + s.fiscalYear() + "@" + s.revision(), ReportJson.write(store.load(s.reportId())));
        }
        return all;
    }

    /** Runs a write once to count its statements, then fails it at each statement and checks nothing changed. */
    private int check(String name, BiConsumer<ReportStore, Integer> write) {
        Failing counter = new Failing(0);
        Map<String, String> before = everything();
        write.accept(with(counter), 0);
        int n = counter.count;
        assertTrue(n > 0, name);
        assertTrue(!before.equals(everything()), name + " changes something when it succeeds");
        TreeSet<Integer> points = new TreeSet<>();
        for (int k = 1; k <= n; k += Math.max(1, n / 12)) {
            points.add(k);
        }
        points.add(n);
        int attempt = 1;
        for (int k : points) {
            Map<String, String> stored = everything();
            int a = attempt++;
            RuntimeException e = assertThrows(RuntimeException.class, () -> write.accept(with(new Failing(k)), a),
                    name + " failing at statement " + k);
            assertTrue(e instanceof StoreException || e.getCause() != null || e.getMessage().contains("injected"), name);
            assertEquals(stored, everything(), name + " failing at statement " + k + " of " + n);
        }
        return n;
    }

    private static BigDecimal yuan(int a) {
        return new BigDecimal(1000 + a).setScale(2);
    }

    @Test
    void everyWriteFailingAnywhereLeavesTheStoredReportsAsTheyWere() {
        List<String> checked = new ArrayList<>();
        Report demo = store.load(id);
        String table = "T5";
        List<String> rows = new ArrayList<>(new TreeSet<>(demo.table(table).cells().keySet()));
        String row = rows.get(0);
        String col = demo.table(table).cells().get(row).keySet().iterator().next();
        checked.add("writeCells " + check("writeCells", (s, a) -> s.writeCells(id, table, List.of(
                new CellWrite(rows.get(0), col, yuan(a)), new CellWrite(rows.get(1), col, a % 2 == 0 ? null : yuan(a + 1))))));
        checked.add("addRow " + check("addRow", (s, a) -> s.addRow(id, table, "2999" + a, Map.of(col, yuan(a)))));
        checked.add("removeRow " + check("removeRow", (s, a) -> {
            String victim = new ArrayList<>(new TreeSet<>(store.load(id).table(table).rows())).get(0);
            s.removeRow(id, table, victim);
        }));
        checked.add("setComparison " + check("setComparison", (s, a) -> s.setComparison(id, "total.grand",
                new Comparison(yuan(a), yuan(a + 1), null))));
        checked.add("setReason " + check("setReason", (s, a) -> s.setReason(id, "total.grand", Basis.PRIOR, "原因" + a)));
        checked.add("setAmount " + check("setAmount", (s, a) -> s.setAmount(id, "op.opex", yuan(a))));
        checked.add("setCount " + check("setCount", (s, a) -> s.setCount(id, "tp.rec.domestic.people", 100L + a)));
        checked.add("setText " + check("setText", (s, a) -> s.setText(id, "pr.usage", "用途" + a)));
        checked.add("setSetting " + check("setSetting", (s, a) -> s.setSetting(id, "percentDecimals", a % 2 == 0 ? "1" : "2")));
        checked.add("setOverride " + check("setOverride", (s, a) -> s.setOverride(id, "2.1.1", new TextOverride("改写" + a, "原文"))));
        checked.add("setExplanation " + check("setExplanation", (s, a) -> s.setExplanation(id, "R-1|x", "说明" + a)));
        checked.add("setProfile " + check("setProfile", (s, a) -> s.setProfile(id, a % 2 == 0 ? "mof" : "chongqing")));
        checked.add("saveUnit " + check("saveUnit", (s, a) -> {
            Unit u = store.load(id).unit();
            u.setContactPerson("联系人" + a);
            u.getDuties().add("职责" + a);
            s.saveUnit(id, u);
        }));
        checked.add("saveProjects " + check("saveProjects", (s, a) -> {
            List<PerformanceProject> projects = store.load(id).projects();
            projects.get(0).setName("项目" + a);
            projects.add(projects.get(0));
            s.saveProjects(id, projects);
        }));
        checked.add("saveGlossary " + check("saveGlossary", (s, a) -> {
            List<GlossaryTerm> terms = new ArrayList<>(store.load(id).glossary());
            terms.add(new GlossaryTerm("名词" + a, "解释" + a));
            s.saveGlossary(id, terms);
        }));
        checked.add("replaceContents " + check("replaceContents", (s, a) -> {
            Report r = DemoReport.create();
            r.setAmount("op.opex", yuan(a));
            s.replaceContents(id, r);
        }));
        checked.add("insert " + check("insert", (s, a) -> {
            Report r = DemoReport.create();
            r.unit().getDuties().clear();
            Report other = new Report(new Unit("N" + a, "新单位" + a), 2024, 2023, "chongqing");
            r.tables().forEach((t, data) -> data.cells().forEach((rw, cs) -> cs.forEach((c, v) -> other.table(t).set(rw, c, v))));
            s.insert(other);
        }));
        checked.add("inTransaction " + check("inTransaction", (s, a) -> s.inTransaction(tx -> {
            tx.setAmount(id, "op.opex", yuan(a));
            tx.setText(id, "pr.usage", "用途" + a);
            tx.setComparison(id, "total.grand", new Comparison(yuan(a), null, null));
        })));
        assertEquals(18, checked.size(), String.valueOf(checked));
    }

    @Test
    void everySuccessfulWriteRaisesTheRevisionByOne() {
        long r0 = store.revision(id);
        store.setAmount(id, "op.opex", yuan(1));
        store.writeCells(id, "T3", List.of());
        assertEquals(r0 + 2, store.revision(id));
    }
}

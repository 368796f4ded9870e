package juesuan.ui.consolidation;

import static juesuan.consolidation.Members.X;
import static juesuan.consolidation.Members.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import juesuan.calculation.ReportFigures;
import juesuan.consolidation.Members;
import juesuan.failure.UserFailure;
import juesuan.model.Basis;
import juesuan.model.Report;
import juesuan.model.UnitNode;
import juesuan.model.UnitTree;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.store.Database;
import juesuan.store.ReportStore;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidateTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 1, 9, 30);

    @TempDir
    Path dir;

    private static void load(ReportStore store, Report r) {
        store.insert(r);
        Consolidate.place(store, r);
    }

    @Test
    void loadedUnitsFillTheTreeUnderTheirDepartment() {
        UnitTree t = UnitTree.empty(2023);
        t = Consolidate.placed(t, Members.subsidised().unit());
        t = Consolidate.placed(t, Members.self("50000").unit());
        t = Consolidate.placed(t, Members.remitting().unit());
        UnitNode dept = t.nodes().getFirst();
        assertEquals("HZ901", dept.code());
        assertEquals(Members.DEPARTMENT, dept.name());
        assertEquals(List.of("901002", "901001", "901003"), t.children("HZ901"));
        assertTrue(t.node("901001").orElseThrow().self(), "（本级） in the name makes the 本级");
        assertEquals(Optional.of("901001"), t.superior("901003"));
        assertTrue(Consolidate.looksLikeSelf(Members.DEPARTMENT + "机关", Members.DEPARTMENT));
        assertFalse(Consolidate.looksLikeSelf("测试局下属事业单位甲", Members.DEPARTMENT));
    }

    @Test
    void aNodeIsSummedStoredToldWhenAMemberIsReloadedAndRerun() throws Exception {
        try (Database db = Database.openFile(dir.resolve("t"))) {
            ReportStore store = new ReportStore(db);
            load(store, Members.self("50000"));
            load(store, Members.subsidised());
            load(store, Members.remitting());

            Consolidate.Done done = Consolidate.node(store, 2023, "HZ901", AT);
            Report d = store.find("HZ901", 2023).orElseThrow();
            assertEquals(done.reportId(), d.getId());
            assertEquals(Members.DEPARTMENT, d.unit().getName());
            assertEquals("", d.unit().getUnitType(), "行政 and 事业 members: no single 单位类型");
            assertEquals(Members.self("50000").unit().getDuties(), d.unit().getDuties(), "a new department starts with its 本级's duties");
            assertEquals(Members.self("50000").unit().getContactPerson(), d.unit().getContactPerson());
            assertEquals(3, d.consolidation().members().size());
            assertEquals(2, d.consolidation().eliminations().size());
            assertEquals(yuan("6333100"), d.table("T3").get(X, "basic"));
            assertEquals(List.of(), Consolidate.changes(store, d), "just summed: up to date");

            // the department writes a reason; member B's package is loaded again with another figure
            store.setReason(d.getId(), "tp.total", Basis.PRIOR, "部门写的原因");
            Report b = Members.subsidised();
            b.table("T3").set(X, "project", yuan("1000"));
            b.table("T2").set(X, "other", yuan("1000"));
            store.replaceWithHandedOver(store.find("901002", 2023).orElseThrow().getId(), b);
            List<String> changes = Consolidate.changes(store, store.load(d.getId()));
            assertEquals(1, changes.size(), changes.toString());
            assertTrue(changes.getFirst().contains("901002"), changes.getFirst());

            // C loaded again unchanged: its revision moved, its data did not — that is no change
            store.replaceWithHandedOver(store.find("901003", 2023).orElseThrow().getId(), Members.remitting());
            assertEquals(1, Consolidate.changes(store, store.load(d.getId())).size());

            Consolidate.node(store, 2023, "HZ901", AT.plusHours(1));
            Report again = store.load(d.getId());
            assertEquals(List.of(), Consolidate.changes(store, again));
            assertEquals("部门写的原因", again.reason("tp.total", Basis.PRIOR), "the department's writing kept");
            assertEquals(yuan("1000"), again.table("T3").get(X, "project"), "B's new figure summed in");

            // a unit that joins the node later makes the report stale until it is summed in
            load(store, Members.unit("901004", "测试局下属事业单位丙", "事业单位"));
            assertTrue(Consolidate.changes(store, again).getFirst().contains("901004"));

            // and it renders: the nine tables, the text, the forms of all members' projects
            Report stored = store.load(Consolidate.node(store, 2023, "HZ901", AT.plusHours(2)).reportId());
            assertEquals(4, stored.consolidation().members().size());
            Document doc = DocumentBuilder.build(stored, new ReportFigures(stored, TemplateLoader.forReport(stored)));
            byte[] pdf = doc.export(Document.Format.PDF);
            assertTrue(pdf.length > 10_000);
            assertEquals(4, stored.projects().size(), "each member's project form");
            String text = pdfText(pdf);
            assertTrue(text.contains("实施单位：测试局下属事业单位丙"), "a project says which member carried it out");
            assertTrue(text.contains(Members.DEPARTMENT), text.substring(0, 200));
        }
    }

    @Test
    void aSelectionIsSummedUnderACodeOfItsOwnAndMissingReportsAreRefused() {
        try (Database db = Database.openInMemory()) {
            ReportStore store = new ReportStore(db);
            load(store, Members.self("50000"));
            load(store, Members.remitting());
            Consolidate.Done done = Consolidate.selection(store, 2023, List.of("901001", "901003"), "XZ1", "选择汇总一", AT);
            var eliminations = done.report().consolidation().eliminations();
            assertEquals(yuan("50000"), eliminations.stream().filter(e -> e.flow().equals("remit")).findFirst().orElseThrow()
                    .eliminated(), "C's 上缴 to A taken out");
            assertEquals(yuan("0"), eliminations.stream().filter(e -> e.flow().equals("subsidy")).findFirst().orElseThrow()
                    .eliminated(), "A's 补助 went to B, who is not chosen: it stays, and is told");
            assertEquals(1, done.notices().size());
            assertEquals(List.of(), Consolidate.changes(store, done.report()));
            UnitTree withB = store.unitTree(2023).with(new UnitNode("901002", "测试局下属事业单位甲", "HZ901", false));
            store.saveUnitTree(withB);
            UserFailure f = assertThrows(UserFailure.class, () -> Consolidate.node(store, 2023, "HZ901", AT));
            assertTrue(f.getMessage().contains("901002"), f.getMessage());
            assertEquals(Optional.empty(), store.find("HZ901", 2023), "nothing stored when refused");
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}

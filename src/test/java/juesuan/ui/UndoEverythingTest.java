package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import juesuan.audit.Finding;
import juesuan.exchange.ReportJson;
import juesuan.model.Basis;
import juesuan.model.FieldDef;
import juesuan.model.Money;
import juesuan.model.ValueType;
import juesuan.ui.audit.AuditViewModel;
import juesuan.ui.forms.FieldFormModel;
import juesuan.ui.forms.PerformanceViewModel;
import juesuan.ui.forms.ProjectField;
import juesuan.ui.forms.UnitViewModel;
import juesuan.ui.narrative.NarrativeViewModel;
import juesuan.ui.session.EditPlace;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One undo history for everything the officer types: a cell, a form field, a 主要原因, a rewritten paragraph, an
 * 出错说明, the unit's details and a 绩效 project. Ctrl+Z takes them back newest first, wherever they were made, says
 * what it undid and brings its place into view; Ctrl+Y does them again. The store follows both ways.
 */
class UndoEverythingTest {
    @TempDir
    Path dir;

    @Test
    void everyKindOfEditIsUndoneAndRedoneInOrderWithItsPlace() {
        try (SessionFixture f = new SessionFixture(dir)) {
            var s = f.session;
            List<EditPlace> shown = new ArrayList<>();
            s.setBringIntoView(shown::add);
            String original = ReportJson.write(f.stored());

            SheetViewModel t3 = new SheetViewModel(new TableSheetModel(s, "T3"), s);
            int row = t3.rows().indexOf("2010302");
            int col = columnOf(t3, "basic");
            assertTrue(t3.commit(row, col, "12.5"));
            FieldDef count = s.template().forms().get(0).fields().stream().filter(d -> d.type() == ValueType.COUNT).findFirst().orElseThrow();
            String formTab = s.template().forms().get(0).tab();
            assertEquals(null, new FieldFormModel(s, formTab).commit(count, "9"));
            NarrativeViewModel narrative = new NarrativeViewModel(s);
            narrative.setReason("op.meeting", Basis.PRIOR, "会议次数减少");
            String paragraph = narrative.narrative().paragraphs().get(0).key();
            narrative.rewrite(paragraph, "改写后的第一段。");
            AuditViewModel audit = new AuditViewModel(s);
            Finding hint = audit.result().hints().get(0);
            audit.setExplanation(hint, "已核对。");
            assertEquals(null, new UnitViewModel(s).commit(UnitViewModel.Field.CONTACT_PERSON, "李会计"));
            PerformanceViewModel perf = new PerformanceViewModel(s);
            assertEquals(null, perf.commit(ProjectField.DEPARTMENT, "综合科"));

            // the store has all seven
            var stored = f.stored();
            assertEquals(0, Money.wanToYuan(new BigDecimal("12.5")).compareTo(stored.table("T3").get("2010302", "basic")));
            assertEquals(9L, stored.count(count.key()));
            assertEquals("会议次数减少", stored.reason("op.meeting", Basis.PRIOR));
            assertEquals("改写后的第一段。", stored.overrides().get(paragraph).text());
            assertEquals("已核对。", stored.explanation(hint.key()));
            assertEquals("李会计", stored.unit().getContactPerson());
            assertEquals("综合科", stored.projects().get(0).getDepartment());

            // undo, newest first, each said and brought into view
            List<String> sections = List.of("performance", "unit", hint.place().tab(), "narrative", "narrative", formTab, "T3");
            for (String section : sections) {
                assertTrue(s.undo() != null, section);
                assertTrue(s.statusProperty().get().text().startsWith("已撤销："), s.statusProperty().get().text());
                assertEquals(section, shown.getLast().section());
            }
            assertEquals(EditPlace.cell("T3", "2010302", "basic"), shown.getLast());
            assertEquals(EditPlace.field(formTab, count.key()), shown.get(shown.size() - 2));
            assertEquals(original, ReportJson.write(f.stored()), "the store is back where it began");
            assertEquals(null, s.undo());
            assertEquals("没有可撤销的修改", s.statusProperty().get().text());

            // and redo all
            for (int i = 0; i < sections.size(); i++) {
                assertTrue(s.redo() != null);
            }
            var again = f.stored();
            assertEquals("综合科", again.projects().get(0).getDepartment());
            assertEquals("李会计", again.unit().getContactPerson());
            assertEquals("会议次数减少", again.reason("op.meeting", Basis.PRIOR));
            assertEquals(0, Money.wanToYuan(new BigDecimal("12.5")).compareTo(again.table("T3").get("2010302", "basic")));
        }
    }

    private static int columnOf(SheetViewModel vm, String key) {
        for (int i = 0; i < vm.columnCount(); i++) {
            if (vm.columnKey(i).equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }
}

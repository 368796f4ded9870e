package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import juesuan.app.Workspace;
import juesuan.audit.Finding;
import juesuan.audit.Severity;
import juesuan.exchange.HandoverPackage;
import juesuan.model.Report;
import juesuan.ui.audit.AuditViewModel;
import juesuan.ui.sheet.SheetView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new unit's first report, entered from nothing through the window as an officer does: a 街道办事处 of 2024 with two
 * 科目, every figure typed once (the 科目 chosen once and offered in the other tables, 公开05表 and 公开04表 following
 * what is typed in 03 and 02, the 三公 budget typed only in 07), the findings on the way one per cause, then 定稿 and
 * the handover package, whose document speaks of the unit and not of its 主管部门.
 */
class NewUnitUiTest extends RunningAppTest {
    private static final String CODE = "201";
    private static final String NAME = "重庆市江津区几江街道办事处";
    private static final String GOVERNMENT = "重庆市江津区人民政府";

    private MainWindow window;

    @Test
    void aStreetOfficeEntersItsFirstReportFromNothingToTheHandoverPackage() throws Exception {
        window = startApp();

        // 新建: a unit the database does not have, a blank report of 2024
        clickOn("#new-report");
        WaitForAsyncUtils.waitForFxEvents();
        TextField code = lookup("#new-code").query();
        interact(() -> code.setText(""));
        clickOn(code).write(CODE);
        clickOn("#new-name").write(NAME);
        TextField year = lookup("#new-year").query();
        interact(year::clear);
        clickOn(year).write("2024");
        clickOn(button("建立"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().report() != null
                && CODE.equals(window.session().report().unit().getCode()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2024, window.session().report().fiscalYear());

        // the empty report: 审核 says what is missing, one finding per cause
        List<Finding> empty = findings();
        assertErrorsFirst(empty);
        assertTrue(rules(empty).contains("E-1"), rules(empty).toString());
        assertTrue(messages(empty).stream().anyMatch(m -> m.contains("职能职责")), "职能职责 is asked for");

        // 单位情况: the 主管部门 is the government above the street office, the unit its own name
        select("unit");
        field("#unit-supervisor", GOVERNMENT);
        ComboBox<?> type = lookup("#unit-unit_type").query();
        clickOn(type);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && "行政单位".equals(c.getText()))
                .queryAs(Node.class));
        listItem("#list-duty", "负责辖区内经济发展、社会事务、城市管理和平安建设等工作。");
        listItem("#list-body", "党政办公室");
        field("#unit-contact_person", "李会计");
        field("#unit-contact_phone", "023-47521234");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().pendingSaves() == 0);
        assertEquals(GOVERNMENT, window.session().report().unit().getSupervisor());
        assertEquals("行政单位", window.session().report().unit().getUnitType());

        // 公开02表: the two 科目 chosen once, each with its 财政拨款
        for (String c : List.of("2010301", "2080505")) {
            select("T2");
            clickOn("#add-row-T2");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#picker-filter").tryQuery().map(Node::isFocused).orElse(false));
            clickOn("#picker-filter").write(c); // a click gives the dialog the keyboard, as the officer's would
            type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(window.session().report().table("T2").rows().contains(c), "the picker added " + c);
        }
        cell("T2", "2010301", "fiscal", "500");
        cell("T2", "2080505", "fiscal", "50");
        // 公开04表 takes the 财政拨款 from 02: nothing to type there, and the tab says from where
        SheetView t4 = sheet("T4");
        assertEquals("550.00", shown(t4, "in.year", "gpb"));
        assertTrue(follows(t4, "in.year", "gpb"), "grey-italic, following 公开02表");
        assertTrue(lookup("#derived-note-T4").queryAs(Label.class).getText().contains("公开02表"));

        // 公开03表 is offered 02's 科目: one click, then the spending
        sheet("T3");
        assertTrue(lookup("#offer-note-T3").queryAs(Label.class).getText().contains("行政运行（2010301）"));
        clickOn("#offer-add-T3");
        WaitForAsyncUtils.waitForFxEvents();
        cell("T3", "2010301", "basic", "400");
        cell("T3", "2010301", "project", "100");
        cell("T3", "2080505", "basic", "50");
        // 公开05表: offered the 科目 with 财政拨款; all money is 一般公共预算, so its figures follow 03's
        SheetView t5 = sheet("T5");
        clickOn("#offer-add-T5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("400.00", shown(t5, "2010301", "basic"));
        assertEquals("100.00", shown(t5, "2010301", "project"));
        assertTrue(follows(t5, "2010301", "basic"));
        assertEquals("550.00", shown(sheet("T1"), "out.total", "amount"));

        // 公开06表: the 基本支出 by economic classification
        for (String[] e : new String[][] {{"30101", "200"}, {"30102", "100"}, {"30108", "50"}, {"30201", "60"}, {"30211", "20"},
                {"30217", "1.5"}, {"30229", "18.5"}}) {
            cell("T6", e[0], "amount", e[1]);
        }
        // 公开07表: the 公务接待费, budget and spending, typed here only
        cell("T7", "reception", "budget", "2");
        cell("T7", "reception", "actual", "1.5");

        // the comparisons: the 三公 budget is 07's already, last year's figures and budgets pasted from the finance system
        SheetView cmp = sheet("comparisons");
        assertEquals("2.00", shown(cmp, "tp.reception", "initial"));
        assertTrue(follows(cmp, "tp.reception", "initial"), "the comparison follows 07's budget");
        List<Finding> before = findings();
        assertErrorsFirst(before);
        assertOnePerCause(before);
        assertFalse(rules(before).contains("R-1"), "one 三公 budget, nothing to compare with itself: " + rules(before));
        paste(cmp, "total.grand", "prior", String.join("\n", "520", "520", "520", "0", "520", "520\t540", "520\t540", "0", "330", "90",
                "1.2", "0", "0", "0", "1.2", "90\t95", "0", "0", "\t490", "\t50") + "\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("540.00", shown(cmp, "gpb.income", "initial"));

        // the reasons: each missing one found through the 审核 panel (double-click goes to its cell), typed once
        Set<String> typed = new HashSet<>();
        for (int guard = 0; guard < 40; guard++) {
            List<Finding> now = findings();
            assertErrorsFirst(now);
            assertOnePerCause(now);
            Finding reason = now.stream().filter(f -> f.ruleId().equals("N-5") && f.severity() == Severity.ERROR).findFirst().orElse(null);
            if (reason == null) {
                break;
            }
            assertTrue(typed.add(reason.key()), "a reason typed once is not asked for again: " + reason.message());
            doubleClick(reason);
            assertEquals(reason.place().row(), cmp.viewModel().rowKey(cmp.viewModel().focusRow()), "the double-click went to the cell");
            assertEquals(reason.place().column(), cmp.viewModel().columnKey(cmp.viewModel().focusCol()));
            write("本年人员增加、办公场所搬迁，支出相应增加").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(typed.size() >= 8, "the changed comparisons each asked for a reason: " + typed.size());

        // 三公实物量: the 接待 counts asked for by N-10, reached by double-clicking the finding (a form field)
        for (String key : List.of("tp.rec.domestic.batches", "tp.rec.domestic.people")) {
            List<Finding> asked = findings();
            Finding f = asked.stream().filter(x -> key.equals(x.place().field())).findFirst()
                    .orElseThrow(() -> new AssertionError("N-10 asks for " + key + ": " + messages(asked)));
            doubleClick(f);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.getScene().getFocusOwner() instanceof TextInputControl t
                        && ("field-" + key).equals(t.getId()));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the double-click on “" + f.message() + "” went to " + window.getScene().getFocusOwner()
                        + " on " + window.selectedKey(), e);
            }
            write(key.endsWith("batches") ? "3" : "30");
            interact(() -> window.tabs().requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
        }
        // 机关运行经费: this 行政单位's 公用经费
        select("operations");
        TextInputControl opex = (TextInputControl) MainWindow.findField(window.content("operations"), "op.opex");
        interact(opex::requestFocus);
        write("100");
        interact(() -> window.tabs().requestFocus());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().pendingSaves() == 0);

        // no 错误 left; each remaining 提示 explained in the panel
        List<Finding> last = findings();
        assertEquals(List.of(), last.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList());
        AuditViewModel audit = window.audit();
        for (Finding f : last.stream().filter(f -> f.severity() == Severity.HINT).toList()) {
            interact(() -> audit.setExplanation(f, "已核对：新单位首年录入，数据与财务系统一致。"));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> audit.isCurrent() && audit.canFinalize());

        // the text speaks of the street office, never of the government above it
        String text = juesuan.narrative.NarrativeGenerator.generate(window.session().report(), window.session().figures(),
                juesuan.narrative.Profiles.orDefault(window.session().report().profile())).text();
        assertTrue(text.contains(NAME + "的职能职责：1.负责辖区内经济发展"), text);
        assertTrue(text.contains(NAME + "无下属单位。"));
        assertFalse(text.contains(GOVERNMENT + "的") || text.contains(GOVERNMENT + "无"), text);
        assertTrue(text.contains("联系人：李会计"));

        // 定稿, then the handover package on the stick
        clickOn(window.handoverMenu().control());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup("#handover-finalize").match(n -> n.getScene() != null).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl name = lookup("#final-name").query();
        assertEquals("李会计", name.getText(), "the contact person is offered as the one who finalises");
        clickOn("#handover-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().report().isFinal());
        Path stick = Files.createDirectories(dir.resolve("stick"));
        java.util.concurrent.CompletableFuture<Path>[] export = new java.util.concurrent.CompletableFuture[1];
        interact(() -> export[0] = window.handoverMenu().exportTo(stick));
        Path file = export[0].get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.ENTER); // the "exported" message
        assertTrue(file.getFileName().toString().startsWith(CODE + "_2024_"), file.toString());
        HandoverPackage.Contents contents = HandoverPackage.read(Files.readAllBytes(file));
        Report handed = contents.report();
        assertTrue(handed.isFinal());
        assertEquals(NAME, handed.unit().getName());
        assertEquals(GOVERNMENT, handed.unit().getSupervisor());
        assertEquals(new java.math.BigDecimal("5500000.00"), handed.table("T2").get("2010301", "fiscal").add(handed.table("T2").get("2080505", "fiscal")));
        assertEquals(null, handed.table("T5").get("2010301", "basic"), "05 follows 03: typed once");
        assertEquals(null, handed.table("T4").get("in.year", "gpb"), "04 follows 02: typed once");
        assertEquals(null, handed.comparison("tp.reception").initialBudget(), "the 三公 budget is 07's: typed once");
        try (PDDocument pdf = Loader.loadPDF(contents.document())) {
            String printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(printed.contains(NAME + "的职能职责"), "the document's subject is the unit");
            assertFalse(printed.contains(GOVERNMENT + "的职能职责") || printed.contains(GOVERNMENT + "无下属单位"));
            assertFalse(printed.contains("（待填写）"), "no label printed with nothing after it");
            assertTrue(printed.contains(contents.manifest().checkCode()), "every page carries the check code");
        }
        stopApp();
        try (Workspace ws = Workspace.open(db(), Workspace.Mode.READ)) {
            assertTrue(ws.store().find(CODE, 2024).orElseThrow().isFinal());
        }
    }

    // ------------------------------------------------------------------ the officer's hands

    private Node button(String text) {
        return lookup(".button").match(n -> n instanceof Button b && text.equals(b.getText()) && n.getScene() != null).query();
    }

    private void select(String key) {
        interact(() -> window.select(key));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a single-line field of the unit form; leaving it commits it. */
    private void field(String id, String text) {
        TextField f = lookup(id).query();
        interact(() -> MainWindow.reveal(f));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(f).write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Adds an item to a list of the unit form and types it. */
    private void listItem(String listId, String text) {
        Node list = lookup(listId).query();
        Button add = from(list).lookup(".list-add").queryAs(Button.class);
        interact(() -> MainWindow.reveal(add)); // scrolled to, as the officer scrolls down the form
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();
        List<TextArea> areas = new ArrayList<>(from(lookup(listId).queryAs(Node.class)).lookup(".text-area").queryAllAs(TextArea.class));
        TextArea area = areas.getLast();
        interact(() -> MainWindow.reveal(area));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(area).write(text);
        interact(() -> window.tabs().requestFocus()); // leaving the item commits it
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SheetView sheet(String key) {
        select(key);
        return lookup("#sheet-" + key).query();
    }

    private void cell(String table, String row, String column, String value) {
        SheetView s = sheet(table);
        boolean[] there = new boolean[1];
        interact(() -> there[0] = s.viewModel().select(row, column));
        assertTrue(there[0], table + " has " + row + "/" + column);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(s.cell(s.viewModel().focusRow(), s.viewModel().focusCol()));
        write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!s.isEditing(), table + "/" + row + "/" + column + " refused: " + window.session().statusProperty().get().text());
    }

    private void paste(SheetView s, String row, String column, String block) {
        interact(() -> {
            s.viewModel().select(row, column);
            ClipboardContent c = new ClipboardContent();
            c.putString(block);
            Clipboard.getSystemClipboard().setContent(c);
        });
        clickOn(s.cell(s.viewModel().focusRow(), s.viewModel().focusCol()));
        press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shown(SheetView s, String row, String column) {
        String[] text = new String[1];
        interact(() -> text[0] = s.viewModel().select(row, column) ? s.viewModel().display(s.viewModel().focusRow(), s.viewModel().focusCol())
                : "(no " + row + "/" + column + ")");
        return text[0];
    }

    private static boolean follows(SheetView s, String row, String column) {
        return s.viewModel().model().follows(row, column) != null;
    }

    /** The findings once the background 审核 has caught up with every change. */
    private List<Finding> findings() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().pendingSaves() == 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.audit().isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        return window.audit().findings();
    }

    /** Double-clicks a finding's line in the 审核 panel. */
    private void doubleClick(Finding f) {
        javafx.scene.control.TableView<Finding> table = lookup("#audit-table").query();
        interact(() -> table.scrollTo(f));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r && f.equals(r.getItem()))
                .query();
        doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // the jump runs after the tab is laid out
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> rules(List<Finding> fs) {
        return fs.stream().map(Finding::ruleId).distinct().toList();
    }

    private static List<String> messages(List<Finding> fs) {
        return fs.stream().map(Finding::message).toList();
    }

    /** 错误 are listed before 提示, and those before 尾差. */
    private static void assertErrorsFirst(List<Finding> fs) {
        for (int i = 1; i < fs.size(); i++) {
            assertTrue(fs.get(i - 1).severity().compareTo(fs.get(i).severity()) <= 0, "错误 first: " + messages(fs));
        }
    }

    /**
     * No finding contradicts another: a comparison whose base is not typed is asked for that base (R-3, N-4), not also
     * for the reason of a change nobody knows yet (N-5); no place has two findings of one rule.
     */
    private static void assertOnePerCause(List<Finding> fs) {
        Set<String> baseMissing = new HashSet<>();
        fs.stream().filter(f -> f.ruleId().equals("R-3")).forEach(f -> baseMissing.add(f.place().row() + "/PRIOR"));
        fs.stream().filter(f -> f.ruleId().equals("N-4")).forEach(f -> baseMissing.add(f.place().row() + "/BUDGET"));
        for (Finding f : fs) {
            if (f.ruleId().equals("N-5") && f.place().row() != null) {
                String basis = "reasonPrior".equals(f.place().column()) ? "PRIOR" : "BUDGET";
                assertFalse(baseMissing.contains(f.place().row() + "/" + basis), "N-5 beside a missing base: " + f.message());
            }
        }
        assertEquals(fs.size(), fs.stream().map(Finding::key).distinct().count(), "one finding per place and rule: " + messages(fs));
    }
}

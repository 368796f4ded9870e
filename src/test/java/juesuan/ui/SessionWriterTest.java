package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import juesuan.app.Workspace;
import juesuan.history.ReportHistory;
import juesuan.model.Report;
import juesuan.store.FailingStore;
import juesuan.ui.session.Edit;
import juesuan.ui.session.ReportSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's background writer against a store that refuses one write. */
class SessionWriterTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private ExecutorService writer;
    private FailingStore failing;
    private ReportSession session;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("juesuan"));
        writer = Executors.newSingleThreadExecutor();
        failing = new FailingStore(ws.database(), "report_amount");
        session = new ReportSession(failing.store(), ws.history(), writer, Runnable::run);
        session.show(ws.store().find("105", 2023).orElseThrow());
    }

    @AfterEach
    void close() throws Exception {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        ws.close();
    }

    private static BigDecimal yuan(long v) {
        return BigDecimal.valueOf(v).setScale(2);
    }

    /** An amount edit as the forms make it: in memory at once, persisted in the background, undoable. */
    private void setAmount(String key, BigDecimal v) {
        BigDecimal before = session.report().amount(key);
        long id = session.reportId();
        session.history().perform(Edit.of("金额", () -> {
            session.report().setAmount(key, v);
            session.changed();
            session.persist(s -> s.setAmount(id, key, v));
        }, () -> {
            session.report().setAmount(key, before);
            session.changed();
            session.persist(s -> s.setAmount(id, key, before));
        }));
    }

    private void setText(String key, String v) {
        long id = session.reportId();
        session.report().setText(key, v);
        session.changed();
        session.persist(s -> s.setText(id, key, v));
    }

    private Report stored() {
        return ws.store().find("105", 2023).orElseThrow();
    }

    @Test
    void aRefusedSaveIsToldTheScreenShowsWhatIsStoredAndLaterEditsAreKept() throws Exception {
        setAmount("op.opex", yuan(111));
        assertEquals(List.of(), session.whenSaved().get(10, TimeUnit.SECONDS));
        assertTrue(session.savedAtProperty().get().startsWith("已保存"));

        failing.armOnce();
        setAmount("op.opex", yuan(222));          // refused by the store
        setText("pr.usage", "之后的修改");          // queued behind it: still saved
        List<String> failed = session.whenSaved().get(10, TimeUnit.SECONDS);

        assertEquals(1, failed.size(), String.valueOf(failed));
        assertTrue(session.statusProperty().get().error());
        assertTrue(session.statusProperty().get().text().startsWith("这次修改没能保存"), session.statusProperty().get().text());
        assertFalse(session.statusProperty().get().text().contains("Exception"));
        // the screen was reloaded: the refused value is gone, the later edit is there, as in the database
        assertEquals(yuan(111), session.report().amount("op.opex"));
        assertEquals("之后的修改", session.report().text("pr.usage"));
        assertEquals(yuan(111), stored().amount("op.opex"));
        assertEquals("之后的修改", stored().text("pr.usage"));
        // the undo history is kept
        assertTrue(session.history().canUndoProperty().get());
        // the history's newest version is the stored state
        assertEquals(ReportHistory.digest(stored()), ws.history().newest("105", 2023).orElseThrow().digest());

        // edits after the failure are saved as usual, and undo still works on what is stored
        setAmount("op.opex", yuan(333));
        assertEquals(List.of(), session.whenSaved().get(10, TimeUnit.SECONDS));
        assertEquals(yuan(333), stored().amount("op.opex"));
        session.history().undo();
        assertEquals(List.of(), session.whenSaved().get(10, TimeUnit.SECONDS));
        assertEquals(yuan(111), stored().amount("op.opex"));
        assertEquals(ws.store().revision(session.reportId()), ws.history().newest("105", 2023).orElseThrow().revision());
    }

    @Test
    void eachAcknowledgedSaveIsInTheDatabaseAndInTheHistory() throws Exception {
        for (int i = 1; i <= 20; i++) {
            setAmount("op.opex", yuan(1000 + i));
        }
        assertEquals(List.of(), session.whenSaved().get(10, TimeUnit.SECONDS));
        assertEquals(0, session.pendingSaves());
        var newest = ws.history().newest("105", 2023).orElseThrow();
        assertEquals(ws.store().revision(session.reportId()), newest.revision());
        assertEquals(yuan(1020), ws.history().read(newest).amount("op.opex"));
    }
}

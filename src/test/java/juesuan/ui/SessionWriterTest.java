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
    /** Stands for the FX thread: the session's UI updates and the test's edits run on it, one after the other. */
    private ExecutorService uiThread;
    private FailingStore failing;
    private ReportSession session;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("juesuan"));
        writer = Executors.newSingleThreadExecutor();
        uiThread = Executors.newSingleThreadExecutor();
        failing = new FailingStore(ws.database(), "report_amount");
        session = new ReportSession(failing.store(), ws.history(), writer, uiThread::execute);
        onUi(() -> session.show(ws.store().find("105", 2023).orElseThrow()));
    }

    /** Runs on the UI thread and waits. */
    private void onUi(Runnable r) {
        try {
            uiThread.submit(r).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every queued save is done and the UI thread has taken what the writer handed it. */
    private List<String> saved() throws Exception {
        List<String> failed = session.whenSaved().get(10, TimeUnit.SECONDS);
        onUi(() -> { });
        return failed;
    }

    @AfterEach
    void close() throws Exception {
        uiThread.shutdown();
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        ws.close();
    }

    private static BigDecimal yuan(long v) {
        return BigDecimal.valueOf(v).setScale(2);
    }

    /** An amount edit as the forms make it: in memory at once, persisted in the background, undoable. */
    private void setAmount(String key, BigDecimal v) {
        onUi(() -> setAmountNow(key, v));
    }

    private void setAmountNow(String key, BigDecimal v) {
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
        onUi(() -> setTextNow(key, v));
    }

    private void setTextNow(String key, String v) {
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
        assertEquals(List.of(), saved());
        assertTrue(session.savedAtProperty().get().startsWith("已保存"));

        failing.armOnce();
        setAmount("op.opex", yuan(222));          // refused by the store
        setText("pr.usage", "之后的修改");          // queued behind it: still saved
        List<String> failed = saved();

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
        assertEquals(List.of(), saved());
        assertEquals(yuan(333), stored().amount("op.opex"));
        onUi(() -> session.history().undo());
        assertEquals(List.of(), saved());
        assertEquals(yuan(111), stored().amount("op.opex"));
        assertEquals(ws.store().revision(session.reportId()), ws.history().newest("105", 2023).orElseThrow().revision());
    }

    @Test
    void eachAcknowledgedSaveIsInTheDatabaseAndInTheHistory() throws Exception {
        for (int i = 1; i <= 20; i++) {
            setAmount("op.opex", yuan(1000 + i));
        }
        assertEquals(List.of(), saved());
        assertEquals(0, session.pendingSaves());
        var newest = ws.history().newest("105", 2023).orElseThrow();
        assertEquals(ws.store().revision(session.reportId()), newest.revision());
        assertEquals(yuan(1020), ws.history().read(newest).amount("op.opex"));
    }
}

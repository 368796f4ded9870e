package juesuan.ui;

import java.nio.file.Path;
import juesuan.app.Workspace;
import juesuan.store.ReportStore;
import juesuan.ui.session.ReportSession;

/** A session on the demo unit in a temporary database, with writes done at once on the calling thread. */
public final class SessionFixture implements AutoCloseable {
    public final Workspace workspace;
    public final ReportSession session;

    public SessionFixture(Path dir) {
        workspace = Workspace.open(dir.resolve("juesuan"));
        session = new ReportSession(workspace.store(), workspace.history(), Runnable::run, Runnable::run);
        session.show(workspace.store().load(workspace.store().list().get(0).reportId()));
    }

    public ReportStore store() {
        return workspace.store();
    }

    /** The report as stored now, read back from the database. */
    public juesuan.model.Report stored() {
        return workspace.store().load(session.reportId());
    }

    @Override
    public void close() {
        workspace.close();
    }
}

package juesuan.store;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** A store on a real database that fails the next write statement whose SQL contains a given text, when armed. */
public final class FailingStore {
    private final AtomicBoolean armed = new AtomicBoolean();
    private final ReportStore store;

    public FailingStore(Database db, String sqlPart) {
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                String sql = String.valueOf(ctx.sql()).toLowerCase(java.util.Locale.ROOT);
                if (sql.contains(sqlPart.toLowerCase(java.util.Locale.ROOT)) && !sql.startsWith("select")
                        && armed.compareAndSet(true, false)) {
                    throw new IllegalStateException("injected failure: " + sql);
                }
            }
        };
        this.store = ReportStore.on(db.dsl().configuration().deriveAppending(listener).dsl(), db.file());
    }

    /** Makes the next matching statement fail. */
    public void armOnce() {
        armed.set(true);
    }

    public ReportStore store() {
        return store;
    }
}
